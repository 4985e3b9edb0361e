package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PEM bundles: many blocks, text around them, any line ending, and bad blocks that do not hide good ones. */
class PemBundleTest {

    private final CertificateInspector inspector = new CertificateInspector();

    private static final String FIRST = TestCertificates.certificate().subject("CN=first").serial(BigInteger.ONE).pem();
    private static final String SECOND =
        TestCertificates.certificate().subject("CN=second").serial(BigInteger.TWO).pem();
    private static final String THIRD =
        TestCertificates.certificate().subject("CN=third").serial(BigInteger.TEN).pem();

    @ParameterizedTest(name = "line ending {index}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void readsEveryCertificateOfABundleWithTextAroundTheBlocks(String newline) {
        String bundle = "Bundle made for a test\nsubject=CN=first\n" + FIRST + "\n# comment between\n" + SECOND
            + "issuer=CN=second\n" + THIRD + "trailing text\n";
        InspectionResult result = inspect(bundle.replace("\n", newline));
        assertTrue(result.isClean(), () -> result.errors().toString());
        assertEquals(List.of("CN=first", "CN=second", "CN=third"), subjects(result));
        assertEquals(List.of(0, 1, 2), result.certificates().stream().map(CertificateDetails::index).toList());
    }

    @Test
    void crlfAndLfGiveTheSameCertificates() {
        InspectionResult lf = inspect(FIRST + SECOND);
        InspectionResult crlf = inspect((FIRST + SECOND).replace("\n", "\r\n"));
        assertEquals(lf.certificates(), crlf.certificates());
    }

    @Test
    void readsIndentedArmourAndHeaderLines() {
        String indented = ("  " + FIRST.replace("\n", "\n  ")).stripTrailing() + "\n";
        String withHeaders = SECOND.replace("-----\n", "-----\nComment: exported by a tool\n\n");
        InspectionResult result = inspect(indented + withHeaders);
        assertTrue(result.isClean(), () -> result.errors().toString());
        assertEquals(List.of("CN=first", "CN=second"), subjects(result));
    }

    @Test
    void reportsABrokenBlockByNumberAndLineAndStillReturnsTheOthers() {
        String broken = SECOND.replaceFirst("\n(.{20})", "\n$1*");
        String bundle = "intro\n" + FIRST + broken + THIRD;
        int blockLine = 2 + lines(FIRST);
        InspectionResult result = inspect(bundle);
        assertEquals(List.of("CN=first", "CN=third"), subjects(result));
        assertEquals(List.of(0, 2), result.certificates().stream().map(CertificateDetails::index).toList());
        assertEquals(1, result.errors().size());
        InputError error = result.errors().get(0);
        assertEquals(InputErrorCode.CORRUPT, error.code());
        assertEquals(1, error.index());
        assertEquals(blockLine, error.line());
        assertTrue(error.message().startsWith("Block 2 (line " + blockLine + ") is a damaged CERTIFICATE block"),
            error.message());
        assertTrue(error.message().contains("not base64 on line " + (blockLine + 1)), error.message());
    }

    @Test
    void reportsAnUnknownBlockInABundleAndNamesItsType() {
        String publicKey = TestCertificates.pemBlock("PUBLIC KEY", TestCertificates.rsa2048().getPublic().getEncoded());
        InspectionResult result = inspect(FIRST + publicKey + SECOND);
        assertEquals(List.of("CN=first", "CN=second"), subjects(result));
        assertEquals(InputErrorCode.NOT_A_CERTIFICATE, result.errors().get(0).code());
        assertTrue(result.errors().get(0).message().contains("PUBLIC KEY"));
    }

    @Test
    void readsTheX509CertificateLabel() {
        InspectionResult result = inspect(FIRST.replace("CERTIFICATE", "X509 CERTIFICATE"));
        assertEquals(List.of("CN=first"), subjects(result));
    }

    @Test
    void readsTheLeadingCertificateOfATrustedCertificateBlock() throws IOException {
        byte[] certificate = TestCertificates.certificate().subject("CN=trusted").der();
        byte[] trust = new DERSequence(new DERSequence(KeyPurposeId.id_kp_serverAuth)).getEncoded();
        byte[] trusted = new byte[certificate.length + trust.length];
        System.arraycopy(certificate, 0, trusted, 0, certificate.length);
        System.arraycopy(trust, 0, trusted, certificate.length, trust.length);
        InspectionResult result = inspect(TestCertificates.pemBlock("TRUSTED CERTIFICATE", trusted));
        assertTrue(result.isClean(), () -> result.errors().toString());
        CertificateDetails details = result.certificates().get(0);
        assertEquals("CN=trusted", details.subject());
        assertArrayEquals(certificate, details.der());
        assertEquals(inspector.inspect(certificate, "x").certificates().get(0).sha256Fingerprint(),
            details.sha256Fingerprint());
    }

    @Test
    void keepsTheCertificateAsCanonicalPem() {
        byte[] der = TestCertificates.certificate().der();
        InspectionResult result = inspect(TestCertificates.pem(der).replace("\n", "\r\n"));
        CertificateDetails details = result.certificates().get(0);
        assertEquals(TestCertificates.pem(der), details.pem());
        assertArrayEquals(der, details.der());
        assertTrue(details.pem().startsWith("-----BEGIN CERTIFICATE-----\n"));
    }

    @Test
    void keepsFileOrderInALargeBundleWithErrorsInIt() {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            blocks.add(i % 100 == 37 ? "-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----\n"
                : TestCertificates.certificate().serial(BigInteger.valueOf(i)).keyPair(TestCertificates.ecP256())
                    .pem());
        }
        InspectionResult result = inspect(String.join("", blocks));
        List<Integer> expectedCertificates = IntStream.range(0, 600).filter(i -> i % 100 != 37).boxed().toList();
        assertEquals(expectedCertificates, result.certificates().stream().map(CertificateDetails::index).toList());
        assertEquals(expectedCertificates.stream().map(i -> SerialNumbers.toOpenSslHex(BigInteger.valueOf(i)))
            .toList(), result.certificates().stream().map(CertificateDetails::serialHex).toList());
        assertEquals(List.of(37, 137, 237, 337, 437, 537),
            result.errors().stream().map(InputError::index).toList());
    }

    private InspectionResult inspect(String text) {
        return inspector.inspect(text.getBytes(StandardCharsets.UTF_8), "bundle.pem");
    }

    private static List<String> subjects(InspectionResult result) {
        return result.certificates().stream().map(CertificateDetails::subject).toList();
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
