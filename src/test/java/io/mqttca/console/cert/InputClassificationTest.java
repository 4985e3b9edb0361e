package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of input that is not a certificate is recognised, gets its own code, and yields no certificate;
 * the message says what the input is.
 */
class InputClassificationTest {

    private final CertificateInspector inspector = new CertificateInspector();

    static Stream<Arguments> wholeInputs() {
        byte[] certificate = TestCertificates.certificate().der();
        return Stream.of(
            input("an empty file", () -> new byte[0], InputErrorCode.EMPTY, "empty"),
            input("only whitespace", () -> ascii(" \r\n\t\n  \n"), InputErrorCode.EMPTY, "empty"),
            input("only a UTF-8 byte order mark", () -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                InputErrorCode.EMPTY, "empty"),
            input("random bytes", () -> withFirstByte(TestInputs.randomBytes(2000, 1), 0x7F),
                InputErrorCode.NOT_A_CERTIFICATE, "binary data"),
            input("random bytes starting like DER", () -> withFirstByte(TestInputs.randomBytes(2000, 2), 0x30),
                InputErrorCode.NOT_A_CERTIFICATE, "neither PEM"),
            input("plain text", () -> ascii("subject=CN=example\nserial=01\n"), InputErrorCode.NOT_A_CERTIFICATE,
                "text without"),
            input("an SSH public key", () -> ascii("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGr0 user@host\n"),
                InputErrorCode.NOT_A_CERTIFICATE, "SSH public key"),
            input("a BEGIN line with no block", () -> ascii("-----BEGIN CERTIFICATE\nMIIB\n"),
                InputErrorCode.NOT_A_CERTIFICATE, "no complete PEM block"),
            input("a DER public key", () -> TestCertificates.rsa2048().getPublic().getEncoded(),
                InputErrorCode.NOT_A_CERTIFICATE, "a public key"),
            input("a DER CRL", () -> TestInputs.crl(TestCertificates.rsa2048()), InputErrorCode.NOT_A_CERTIFICATE,
                "revocation list"),
            input("a DER PKCS#10 request", () -> TestInputs.certificateRequest(TestCertificates.ecP256()),
                InputErrorCode.CSR, "certificate signing request"),
            input("a PKCS#12 keystore", () -> TestInputs.pkcs12(TestCertificates.ecP256()), InputErrorCode.PKCS12,
                "openssl pkcs12 -in device.p12 -nokeys -out cert.pem"),
            input("a truncated DER certificate", () -> Arrays.copyOf(certificate, certificate.length - 40),
                InputErrorCode.CORRUPT, "truncated"),
            input("more than 10 MiB", () -> new byte[CertificateInspector.MAX_INPUT_BYTES + 1],
                InputErrorCode.TOO_LARGE, "10 MiB"));
    }

    static Stream<Arguments> pemBlocks() {
        byte[] certificate = TestCertificates.certificate().der();
        String pem = TestCertificates.pem(certificate);
        return Stream.of(
            input("a PUBLIC KEY block",
                () -> ascii(TestCertificates.pemBlock("PUBLIC KEY",
                    TestCertificates.ecP256().getPublic().getEncoded())),
                InputErrorCode.NOT_A_CERTIFICATE, "PUBLIC KEY"),
            input("an X509 CRL block",
                () -> ascii(TestCertificates.pemBlock("X509 CRL", TestInputs.crl(TestCertificates.rsa2048()))),
                InputErrorCode.NOT_A_CERTIFICATE, "X509 CRL"),
            input("a PKCS7 block", () -> ascii(TestCertificates.pemBlock("PKCS7", certificate)),
                InputErrorCode.NOT_A_CERTIFICATE, "openssl pkcs7 -in device.p12 -print_certs"),
            input("a CERTIFICATE REQUEST block", () -> ascii(TestCertificates.pemBlock("CERTIFICATE REQUEST",
                TestInputs.certificateRequest(TestCertificates.rsa2048()))), InputErrorCode.CSR, "CERTIFICATE REQUEST"),
            input("a NEW CERTIFICATE REQUEST block", () -> ascii(TestCertificates.pemBlock("NEW CERTIFICATE REQUEST",
                TestInputs.certificateRequest(TestCertificates.rsa2048()))), InputErrorCode.CSR,
                "NEW CERTIFICATE REQUEST"),
            input("a request under a CERTIFICATE label", () -> ascii(TestCertificates.pemBlock("CERTIFICATE",
                TestInputs.certificateRequest(TestCertificates.rsa2048()))), InputErrorCode.CSR, "PKCS#10"),
            input("a CRL under a CERTIFICATE label", () -> ascii(TestCertificates.pemBlock("CERTIFICATE",
                TestInputs.crl(TestCertificates.rsa2048()))), InputErrorCode.NOT_A_CERTIFICATE, "revocation list"),
            input("a block with a character that is not base64", () -> ascii(pem.replaceFirst("\n(.{10})", "\n$1!")),
                InputErrorCode.CORRUPT, "not base64 on line 2"),
            input("a block with base64 after the padding", () -> ascii(armoured("MIIBAA==AA")),
                InputErrorCode.CORRUPT, "after the '=' padding on line 2"),
            input("a block whose base64 ends mid-group", () -> ascii(armoured("MIIBAAAA\nB")),
                InputErrorCode.CORRUPT, "CERTIFICATE block: its base64 ends in the middle of a group"),
            input("a block whose DER is truncated", () -> ascii(TestCertificates.pem(
                Arrays.copyOf(certificate, certificate.length - 40))), InputErrorCode.CORRUPT, "truncated"),
            input("a block whose DER is damaged inside",
                () -> ascii(TestCertificates.pem(damageSerialTag(certificate))),
                InputErrorCode.CORRUPT, "damaged CERTIFICATE"),
            input("a block with bytes after the certificate", () -> ascii(TestCertificates.pem(
                appendGarbage(certificate))), InputErrorCode.CORRUPT, "bytes follow"),
            input("a block with no END line", () -> ascii(pem.substring(0, pem.indexOf("-----END"))),
                InputErrorCode.CORRUPT, "no END line"),
            input("a block whose END line names another type",
                () -> ascii(pem.replace("END CERTIFICATE", "END PUBLIC KEY")), InputErrorCode.CORRUPT,
                "says PUBLIC KEY"),
            input("an empty block", () -> ascii("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"),
                InputErrorCode.CORRUPT, "no data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeInputs")
    void refusesAWholeInputThatIsNotACertificate(String name, Supplier<byte[]> data, InputErrorCode code,
            String messagePart) {
        InspectionResult result = inspector.inspect(data.get(), "device.p12");
        assertEquals(List.of(), result.certificates());
        assertEquals(1, result.errors().size(), () -> result.errors().toString());
        InputError error = result.errors().get(0);
        assertEquals(code, error.code());
        assertTrue(error.message().contains(messagePart), error.message());
        assertEquals("device.p12", error.source());
        assertNull(error.line());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pemBlocks")
    void refusesAPemBlockThatIsNotACertificateAndNamesIt(String name, Supplier<byte[]> data, InputErrorCode code,
            String messagePart) {
        InspectionResult result = inspector.inspect(data.get(), "device.p12");
        assertEquals(List.of(), result.certificates());
        assertEquals(1, result.errors().size(), () -> result.errors().toString());
        InputError error = result.errors().get(0);
        assertEquals(code, error.code());
        assertTrue(error.message().startsWith("Block 1 (line 1)"), error.message());
        assertTrue(error.message().contains(messagePart), error.message());
        assertEquals(0, error.index());
        assertEquals(1, error.line());
    }

    @Test
    void readsADerCertificate() {
        InspectionResult result = inspector.inspect(TestCertificates.certificate().der(), "device.der");
        assertTrue(result.isClean(), () -> result.errors().toString());
        assertEquals(1, result.certificates().size());
        assertEquals(0, result.certificates().get(0).index());
    }

    @Test
    void readsConcatenatedDerCertificatesAndToleratesTrailingNewlines() {
        byte[] first = TestCertificates.certificate().serial(BigInteger.ONE).der();
        byte[] second = TestCertificates.certificate().serial(BigInteger.TWO).der();
        byte[] both = new byte[first.length + second.length + 2];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        both[both.length - 2] = '\r';
        both[both.length - 1] = '\n';
        InspectionResult result = inspector.inspect(both, "two.der");
        assertTrue(result.isClean(), () -> result.errors().toString());
        assertEquals(List.of("01", "02"), result.certificates().stream().map(CertificateDetails::serialHex).toList());
        assertEquals(List.of(0, 1), result.certificates().stream().map(CertificateDetails::index).toList());
    }

    @Test
    void returnsADerCertificateAndReportsBytesAppendedToIt() {
        byte[] certificate = TestCertificates.certificate().der();
        InspectionResult result = inspector.inspect(appendGarbage(certificate), "device.der");
        assertEquals(1, result.certificates().size());
        assertEquals(1, result.errors().size());
        InputError error = result.errors().get(0);
        assertEquals(InputErrorCode.CORRUPT, error.code());
        assertEquals(1, error.index());
        assertTrue(error.message().contains("offset " + certificate.length), error.message());
    }

    private static String armoured(String body) {
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    private static Arguments input(String name, Supplier<byte[]> data, InputErrorCode code, String messagePart) {
        return Arguments.of(name, data, code, messagePart);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withFirstByte(byte[] bytes, int first) {
        bytes[0] = (byte) first;
        return bytes;
    }

    private static byte[] appendGarbage(byte[] der) {
        byte[] longer = Arrays.copyOf(der, der.length + 3);
        longer[der.length] = 0x7F;
        longer[der.length + 1] = 0x01;
        longer[der.length + 2] = 0x02;
        return longer;
    }

    /** Changes the tag of the serial number (an INTEGER) into a BOOLEAN: still DER, no longer a certificate. */
    private static byte[] damageSerialTag(byte[] der) {
        byte[] damaged = der.clone();
        Der.Tlv outer = Der.read(damaged, 0, damaged.length);
        Der.Tlv tbs = Der.read(damaged, outer.contentStart(), outer.contentEnd());
        Der.Tlv version = Der.read(damaged, tbs.contentStart(), tbs.contentEnd());
        damaged[version.end()] = 0x01;
        return damaged;
    }
}
