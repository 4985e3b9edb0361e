package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inspector prints what {@code openssl x509} prints: serial, SHA-1 and SHA-256 fingerprints, subject and
 * issuer (RFC 4514 as {@code -nameopt RFC2253,-esc_msb}, and the default one-line form as
 * {@code -nameopt oneline,-esc_msb}), validity, and for made certificates the signature algorithm and key size or
 * curve. Checked on every certificate of the Debian system bundle and on made certificates of every
 * key kind. Skipped, with a message, where openssl or the bundle is missing.
 */
class OpenSslAgreementTest {

    private static final Path SYSTEM_BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");
    private static final DateTimeFormatter OPENSSL_TIME =
        DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy zzz", Locale.ROOT);

    private final CertificateInspector inspector = new CertificateInspector();

    @BeforeAll
    static void needsOpenSsl() {
        assumeTrue(OpenSsl.available(), "openssl is not installed: skipping the comparisons with openssl");
    }

    @Test
    void everyCertificateOfTheSystemBundleAgreesWithOpenSsl() throws Exception {
        assumeTrue(Files.isReadable(SYSTEM_BUNDLE), SYSTEM_BUNDLE + " is missing: skipping the system bundle check");
        InspectionResult result = inspector.inspect(SYSTEM_BUNDLE);
        assertEquals(List.of(), result.errors());
        long blocks = Files.readAllLines(SYSTEM_BUNDLE).stream().filter(l -> l.startsWith("-----BEGIN")).count();
        assertEquals(blocks, result.certificates().size());
        List<String> disagreements = new ArrayList<>();
        for (CertificateDetails details : result.certificates()) {
            disagreements.addAll(compare(details));
        }
        assertEquals(List.of(), disagreements);
    }

    static Stream<Arguments> madeCertificates() {
        return Stream.of(
            made("RSA 2048", TestCertificates.certificate()),
            made("EC P-256 under an RSA CA", TestCertificates.certificate().keyPair(TestCertificates.ecP256())
                .issuer("CN=RSA CA,O=Example", TestCertificates.rsa2048())),
            made("EC P-384", TestCertificates.certificate().keyPair(TestCertificates.ecP384())),
            made("Ed25519", TestCertificates.certificate().keyPair(TestCertificates.ed25519())),
            made("RSASSA-PSS", TestCertificates.certificate().keyPair(TestCertificates.rsaPss())),
            made("DSA", TestCertificates.certificate().keyPair(TestCertificates.dsa2048())),
            made("serial with the high bit set", TestCertificates.certificate()
                .serial(new BigInteger("80" + "01".repeat(15), 16))),
            made("20-byte serial", TestCertificates.certificate().serial(new BigInteger("7F" + "FE".repeat(19), 16))),
            made("serial zero", TestCertificates.certificate().serial(BigInteger.ZERO)),
            made("Chinese names", TestCertificates.certificate().subject("CN=温度传感器 001,OU=设备,O=示例科技有限公司,C=CN")
                .issuer("CN=示例根证书,O=示例科技有限公司,C=CN", TestCertificates.ecP256())),
            made("names that need escaping", TestCertificates.certificate().subject(
                "CN=Smith\\, John \\+ \\\"Jr\\\",OU=\\#hash\\;semi\\<\\>,O=\\ padded\\ ,EMAILADDRESS=a@b.c,C=CN")),
            made("a multi-valued RDN and a comma", TestCertificates.certificate().subject(
                "CN=Sensor 7,OU=IoT+OU=Edge,O=Example\\, Inc,ST=Zhejiang,C=CN")),
            made("validity across 2050", TestCertificates.certificate().validity(
                Instant.parse("2049-06-01T12:00:00Z"), Instant.parse("2099-12-31T23:59:59Z"))),
            made("CA with extensions", TestCertificates.certificate().ca(2)
                .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                .alternativeName(GeneralName.dNSName, "ca.example.com")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("madeCertificates")
    void madeCertificatesAgreeWithOpenSsl(String name, byte[] der) {
        CertificateDetails details = inspector.inspect(der, name).certificates().get(0);
        List<String> disagreements = new ArrayList<>(compare(details));
        List<String> text = OpenSsl.x509(details.pem(), "-text");
        String signature = text.stream().filter(l -> l.contains("Signature Algorithm:")).findFirst().orElseThrow();
        expect(disagreements, details, "signature algorithm", signature.split(":", 2)[1].strip(),
            details.signatureAlgorithm());
        text.stream().filter(l -> l.matches(".*Public-Key: \\(\\d+ bit\\).*")).findFirst().ifPresent(l ->
            expect(disagreements, details, "key bits", l.replaceAll(".*\\((\\d+) bit\\).*", "$1"),
                String.valueOf(details.publicKeyBits())));
        text.stream().filter(l -> l.contains("ASN1 OID:")).findFirst().ifPresent(l ->
            expect(disagreements, details, "curve", l.split(":", 2)[1].strip(), details.publicKeyCurve()));
        assertEquals(List.of(), disagreements);
    }

    private static List<String> compare(CertificateDetails details) {
        List<String> disagreements = new ArrayList<>();
        Map<String, String> fields = OpenSsl.x509Fields(details.pem(), "-serial", "-subject", "-issuer",
            "-nameopt", "RFC2253,-esc_msb", "-startdate", "-enddate", "-fingerprint", "-sha256");
        Map<String, String> sha1 = OpenSsl.x509Fields(details.pem(), "-fingerprint", "-sha1");
        expect(disagreements, details, "serial", fields.get("serial"), details.serialHex());
        expect(disagreements, details, "SHA-256", fields.get("sha256 Fingerprint"), details.sha256Fingerprint());
        expect(disagreements, details, "SHA-1", sha1.get("sha1 Fingerprint"), details.sha1Fingerprint());
        expect(disagreements, details, "subject", fields.get("subject"), details.subject());
        expect(disagreements, details, "issuer", fields.get("issuer"), details.issuer());
        Map<String, String> oneLine = OpenSsl.x509Fields(details.pem(), "-subject", "-issuer", "-nameopt",
            "oneline,-esc_msb");
        expect(disagreements, details, "subject (one line)", oneLine.get("subject"), details.subjectOneLine());
        expect(disagreements, details, "issuer (one line)", oneLine.get("issuer"), details.issuerOneLine());
        expect(disagreements, details, "notBefore", instant(fields.get("notBefore")), details.notBefore().toString());
        expect(disagreements, details, "notAfter", instant(fields.get("notAfter")), details.notAfter().toString());
        return disagreements;
    }

    private static void expect(List<String> disagreements, CertificateDetails details, String field,
            String openssl, String inspector) {
        if (!String.valueOf(openssl).equals(inspector)) {
            disagreements.add(details.source() + " #" + details.index() + " " + field + ": openssl [" + openssl
                + "], inspector [" + inspector + "]");
        }
    }

    private static String instant(String opensslTime) {
        return ZonedDateTime.parse(opensslTime, OPENSSL_TIME).toInstant().toString();
    }

    private static Arguments made(String name, TestCertificates.Builder builder) {
        return Arguments.of(name, builder.der());
    }
}
