package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fields of {@link CertificateDetails}, checked against certificates made with known contents. */
class CertificateDetailsTest {

    private final CertificateInspector inspector = new CertificateInspector();

    static Stream<Arguments> keyKinds() {
        return Stream.of(
            Arguments.of("RSA", (Supplier<KeyPair>) TestCertificates::rsa2048, 2048, null, "sha256WithRSAEncryption"),
            Arguments.of("EC", (Supplier<KeyPair>) TestCertificates::ecP256, 256, "prime256v1", "ecdsa-with-SHA256"),
            Arguments.of("EC", (Supplier<KeyPair>) TestCertificates::ecP384, 384, "secp384r1", "ecdsa-with-SHA384"),
            Arguments.of("Ed25519", (Supplier<KeyPair>) TestCertificates::ed25519, 256, null, "ED25519"),
            Arguments.of("RSASSA-PSS", (Supplier<KeyPair>) TestCertificates::rsaPss, 2048, null, "rsassaPss"),
            Arguments.of("DSA", (Supplier<KeyPair>) TestCertificates::dsa2048, 2048, null, "dsa_with_SHA256"));
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("keyKinds")
    void describesTheKeyAndSignatureAndVerifiesTheSelfSignature(String algorithm, Supplier<KeyPair> keys,
            int bits, String curve, String signature) {
        CertificateDetails details = details(TestCertificates.certificate().keyPair(keys.get()).der());
        assertEquals(algorithm, details.publicKeyAlgorithm());
        assertEquals(bits, details.publicKeyBits());
        assertEquals(curve, details.publicKeyCurve());
        assertEquals(signature, details.signatureAlgorithm());
        assertTrue(details.selfSigned());
    }

    @Test
    void describesTheCertificateItReads() throws Exception {
        Instant from = Instant.parse("2024-03-01T08:00:00Z");
        Instant to = Instant.parse("2036-11-25T08:07:17Z");
        byte[] der = TestCertificates.certificate()
            .subject("CN=device-001,OU=Devices,O=Example,C=CN").serial(BigInteger.valueOf(0x0A1B2C))
            .issuer("CN=Example CA,O=Example,C=CN", TestCertificates.ecP256())
            .validity(from, to).der();
        CertificateDetails details = inspector.inspect(der, "device.der").certificates().get(0);
        assertEquals("device.der", details.source());
        assertEquals(0, details.index());
        assertEquals("CN=device-001,OU=Devices,O=Example,C=CN", details.subject());
        assertEquals("device-001", details.subjectCommonName());
        assertEquals("CN=Example CA,O=Example,C=CN", details.issuer());
        assertEquals("0A1B2C", details.serialHex());
        assertEquals("662316", details.serialDecimal());
        assertEquals(from, details.notBefore());
        assertEquals(to, details.notAfter());
        assertEquals(3, details.version());
        assertFalse(details.selfSigned());
        assertEquals(colonHex(MessageDigest.getInstance("SHA-1").digest(der)), details.sha1Fingerprint());
        assertEquals(colonHex(MessageDigest.getInstance("SHA-256").digest(der)), details.sha256Fingerprint());
        assertTrue(details.sha256Fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));
    }

    @Test
    void printsASerialWithTheHighBitSetWithoutTheSignByte() {
        BigInteger serial = new BigInteger("80" + "00".repeat(7) + "FF", 16);
        CertificateDetails details = details(TestCertificates.certificate().serial(serial).der());
        assertEquals("8000000000000000FF", details.serialHex());
        assertEquals("008000000000000000ff", details.sn());
        assertEquals(serial.toString(), details.serialDecimal());
    }

    @Test
    void readsATwentyByteSerial() {
        BigInteger serial = new BigInteger("7F" + "A5".repeat(19), 16);
        CertificateDetails details = details(TestCertificates.certificate().serial(serial).der());
        assertEquals("7F" + "A5".repeat(19), details.serialHex());
        assertEquals(serial, details.serialNumber());
    }

    @Test
    void keepsUtf8NamesReadable() {
        CertificateDetails details = details(TestCertificates.certificate()
            .subject("CN=温度传感器 001,OU=设备,O=示例科技有限公司,L=杭州,C=CN").der());
        assertEquals("CN=温度传感器 001,OU=设备,O=示例科技有限公司,L=杭州,C=CN", details.subject());
        assertEquals("温度传感器 001", details.subjectCommonName());
    }

    @Test
    void readsGeneralizedTimeAfter2049AndUtcTimeBefore() {
        Instant before = Instant.parse("2049-12-31T23:59:59Z");
        Instant after = Instant.parse("2050-01-01T00:00:00Z");
        X509CertificateHolder holder = TestCertificates.certificate().validity(before, after).holder();
        assertInstanceOf(ASN1UTCTime.class, holder.toASN1Structure().getStartDate().toASN1Primitive());
        assertInstanceOf(ASN1GeneralizedTime.class, holder.toASN1Structure().getEndDate().toASN1Primitive());
        CertificateDetails details = details(TestCertificates.certificate().validity(before, after).der());
        assertEquals(before, details.notBefore());
        assertEquals(after, details.notAfter());
    }

    @Test
    void readsCaFlagAndPathLength() {
        CertificateDetails root = details(TestCertificates.certificate().ca(null).der());
        CertificateDetails intermediate = details(TestCertificates.certificate().ca(0).der());
        CertificateDetails leaf = details(TestCertificates.certificate().der());
        assertTrue(root.ca());
        assertNull(root.pathLength());
        assertTrue(intermediate.ca());
        assertEquals(0, intermediate.pathLength());
        assertFalse(leaf.ca());
        assertNull(leaf.pathLength());
    }

    @Test
    void namesKeyUsagesInRfc5280Order() {
        int all = KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyEncipherment
            | KeyUsage.dataEncipherment | KeyUsage.keyAgreement | KeyUsage.keyCertSign | KeyUsage.cRLSign
            | KeyUsage.encipherOnly | KeyUsage.decipherOnly;
        assertEquals(List.of("digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment",
            "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"),
            details(TestCertificates.certificate().keyUsage(all).der()).keyUsage());
        assertEquals(List.of("keyCertSign", "cRLSign"), details(TestCertificates.certificate()
            .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign).der()).keyUsage());
    }

    @Test
    void namesExtendedKeyUsagesAndFallsBackToTheOid() {
        CertificateDetails details = details(TestCertificates.certificate().extendedKeyUsage(
            KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_OCSPSigning,
            KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"))).der());
        assertEquals(List.of("serverAuth", "clientAuth", "OCSPSigning", "1.3.6.1.4.1.99999.1"),
            details.extendedKeyUsage());
    }

    @Test
    void typesSubjectAlternativeNames() {
        CertificateDetails details = details(TestCertificates.certificate()
            .alternativeName(GeneralName.dNSName, "mqtt.example.com")
            .alternativeName(GeneralName.iPAddress, "10.0.0.1")
            .alternativeName(GeneralName.iPAddress, "2001:db8::1")
            .alternativeName(GeneralName.rfc822Name, "ops@example.com")
            .alternativeName(GeneralName.uniformResourceIdentifier, "spiffe://example.com/device/1")
            .alternativeName(GeneralName.registeredID, "1.2.3.4")
            .alternativeName(GeneralName.directoryName, "CN=Other,O=Example")
            .der());
        assertEquals(List.of("DNS:mqtt.example.com", "IP:10.0.0.1", "IP:2001:DB8:0:0:0:0:0:1",
            "email:ops@example.com", "URI:spiffe://example.com/device/1", "RID:1.2.3.4", "DirName:O=Example,CN=Other"),
            details.subjectAlternativeNames());
    }

    @Test
    void printsKeyIdentifiersAsColonHex() {
        X509CertificateHolder issuer = TestCertificates.certificate().keyPair(TestCertificates.ecP256()).holder();
        X509CertificateHolder holder = TestCertificates.certificate()
            .issuer("CN=Test Certificate,O=MQTT CA Console Tests,C=CN", TestCertificates.ecP256()).holder();
        CertificateDetails details = details(TestCertificates.certificate()
            .issuer("CN=Test Certificate,O=MQTT CA Console Tests,C=CN", TestCertificates.ecP256()).der());
        byte[] subjectKeyId = SubjectKeyIdentifier.fromExtensions(holder.getExtensions()).getKeyIdentifier();
        byte[] issuerKeyId = SubjectKeyIdentifier.fromExtensions(issuer.getExtensions()).getKeyIdentifier();
        assertEquals(colonHex(subjectKeyId), details.subjectKeyIdentifier());
        assertEquals(colonHex(issuerKeyId), details.authorityKeyIdentifier());
    }

    @Test
    void readsAVersion1CertificateWithoutExtensions() {
        CertificateDetails details = details(TestCertificates.certificate().version1().der());
        assertEquals(1, details.version());
        assertFalse(details.ca());
        assertEquals(List.of(), details.keyUsage());
        assertEquals(List.of(), details.extendedKeyUsage());
        assertEquals(List.of(), details.subjectAlternativeNames());
        assertNull(details.subjectKeyIdentifier());
        assertNull(details.authorityKeyIdentifier());
        assertTrue(details.selfSigned());
    }

    @Test
    void isNotSelfSignedWhenTheNamesMatchButAnotherKeySigned() {
        String name = "CN=Look-alike,O=Example";
        byte[] der = TestCertificates.certificate().subject(name).withoutKeyIdentifiers()
            .issuer(name, TestCertificates.another("RSA", 2048, null)).der();
        assertFalse(details(der).selfSigned());
        assertTrue(details(TestCertificates.certificate().subject(name).withoutKeyIdentifiers().der()).selfSigned());
    }

    @Test
    void isNotSelfSignedWhenSignedWithOwnKeyUnderAnotherIssuerName() {
        byte[] der = TestCertificates.certificate().subject("CN=a").withoutKeyIdentifiers()
            .issuer("CN=b", TestCertificates.rsa2048()).der();
        assertFalse(details(der).selfSigned());
    }

    @Test
    void tellsValidityAtAGivenTime() {
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        Instant to = Instant.parse("2025-01-01T00:00:00Z");
        CertificateDetails details = details(TestCertificates.certificate().validity(from, to).der());
        assertTrue(details.isValidAt(from));
        assertTrue(details.isValidAt(to));
        assertFalse(details.isValidAt(from.minusSeconds(1)));
        assertFalse(details.isExpiredAt(to));
        assertTrue(details.isExpiredAt(to.plusSeconds(1)));
    }

    @Test
    void hasNoExtensionValuesForAbsentExtensions() {
        X509CertificateHolder holder = TestCertificates.certificate().withoutKeyIdentifiers().holder();
        assertNull(holder.getExtension(Extension.subjectKeyIdentifier));
        CertificateDetails details = details(TestCertificates.certificate().withoutKeyIdentifiers().der());
        assertNull(details.subjectKeyIdentifier());
        assertNull(details.authorityKeyIdentifier());
    }

    private CertificateDetails details(byte[] der) {
        InspectionResult result = inspector.inspect(der, "test.der");
        assertTrue(result.isClean(), () -> result.errors().toString());
        return result.certificates().get(0);
    }

    private static String colonHex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(out.length() == 0 ? "" : ":").append(String.format("%02X", b));
        }
        return out.toString();
    }
}
