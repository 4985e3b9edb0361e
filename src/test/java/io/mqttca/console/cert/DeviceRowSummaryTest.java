package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DeviceRowSummaryTest {

    private static final KeyPair CA_KEY = TestCertificates.ecP256();
    private static final String CA_NAME = "CN=Fleet CA,O=Example,C=CN";

    private static TestCertificates.Builder device(String subject, KeyPair key) {
        return TestCertificates.certificate().subject(subject).keyPair(key).issuer(CA_NAME, CA_KEY);
    }

    @Test
    void agreesWithTheInspector() {
        String pem = device("CN=设备-001,O=Example", TestCertificates.another("EC", 0, "secp256r1")).pem();
        CertificateDetails details = new CertificateInspector().inspect(pem.getBytes(StandardCharsets.UTF_8), "t")
            .certificates().get(0);

        DeviceRowSummary row = DeviceRowSummary.of(pem);

        assertEquals("设备-001", row.subjectCommonName());
        assertEquals("Fleet CA", row.issuerCommonName());
        assertEquals(details.notBefore(), row.notBefore());
        assertEquals(details.notAfter(), row.notAfter());
    }

    @Test
    void thePublicKeyHashIsTheSha256OfTheSubjectPublicKeyInfo() throws Exception {
        KeyPair key = TestCertificates.another("EC", 0, "secp256r1");

        DeviceRowSummary row = DeviceRowSummary.of(device("CN=d", key).pem());

        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getPublic()
            .getEncoded())), row.publicKeySha256());
    }

    @Test
    void devicesSharingAKeyShareTheHashAndOthersDoNot() {
        KeyPair shared = TestCertificates.another("EC", 0, "secp256r1");
        String first = DeviceRowSummary.of(device("CN=one", shared).pem()).publicKeySha256();
        String second = DeviceRowSummary.of(device("CN=two", shared).pem()).publicKeySha256();
        String other = DeviceRowSummary.of(device("CN=three", TestCertificates.ecP384()).pem()).publicKeySha256();

        assertEquals(first, second);
        assertNotEquals(first, other);
    }

    @Test
    void readsGeneralizedTimesAfter2049() {
        Instant from = Instant.parse("2049-06-01T00:00:00Z");
        Instant to = Instant.parse("2051-06-01T12:30:45Z");

        DeviceRowSummary row = DeviceRowSummary.of(device("CN=d", CA_KEY).validity(from, to).pem());

        assertEquals(from, row.notBefore());
        assertEquals(to, row.notAfter());
    }

    @Test
    void readsTheDeviceCertificateLabelAndAVersion1Certificate() {
        byte[] der = device("CN=legacy", CA_KEY).version1().der();

        DeviceRowSummary row = DeviceRowSummary.of(TestCertificates.pemBlock("DEVICECERTIFICATE", der));

        assertEquals("legacy", row.subjectCommonName());
        assertEquals("Fleet CA", row.issuerCommonName());
    }

    @Test
    void aSubjectWithoutCommonNameGivesNullForIt() {
        assertNull(DeviceRowSummary.of(device("O=no common name", CA_KEY).pem()).subjectCommonName());
    }

    @Test
    void unreadableOrMissingGivesNull() {
        assertNull(DeviceRowSummary.of(null));
        assertNull(DeviceRowSummary.of(""));
        assertNull(DeviceRowSummary.of("no pem here"));
        assertNull(DeviceRowSummary.of("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n"));
        assertNull(DeviceRowSummary.of(TestCertificates.pemBlock("CERTIFICATE",
            TestInputs.crl(TestCertificates.rsa2048()))));
        assertNull(DeviceRowSummary.of(TestCertificates.pemBlock("PUBLIC KEY", CA_KEY.getPublic().getEncoded())));
        byte[] der = device("CN=d", CA_KEY).der();
        assertNull(DeviceRowSummary.of(TestCertificates.pem(Arrays.copyOf(der, der.length - 30))));
    }
}
