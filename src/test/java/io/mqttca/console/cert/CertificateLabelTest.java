package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labels the ApsaraMQ API may put on a certificate ({@code DEVICECERTIFICATE} ...) are read as certificates,
 * while keys, requests and CRLs stay refused as what they are, under their own labels and under those.
 */
class CertificateLabelTest {

    private static final byte[] DEVICE = TestCertificates.certificate().subject("CN=device-001,O=Example")
        .keyPair(TestCertificates.ecP256()).der();

    private final CertificateInspector inspector = new CertificateInspector();

    private InspectionResult inspect(String pem) {
        return inspector.inspect(pem.getBytes(StandardCharsets.US_ASCII), "device.pem");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CERTIFICATE", "X509 CERTIFICATE", "DEVICECERTIFICATE", "DEVICE CERTIFICATE",
        "CA CERTIFICATE", "CACERTIFICATE"})
    void theInspectorReadsACertificateUnderTheLabel(String label) {
        InspectionResult result = inspect(TestCertificates.pemBlock(label, DEVICE));

        assertTrue(result.isClean(), () -> result.errors().toString());
        assertEquals("device-001", result.certificates().get(0).subjectCommonName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEVICECERTIFICATE", "DEVICE CERTIFICATE", "CA CERTIFICATE", "CACERTIFICATE"})
    void theSummaryReadsACertificateUnderTheLabel(String label) {
        CertificateSummary summary = CertificateSummary.of(TestCertificates.pemBlock(label, DEVICE));

        assertEquals("device-001", summary.subjectCommonName());
    }

    @Test
    void aPrivateKeyUnderADeviceCertificateLabelIsRefusedAsAKey() {
        String pem = TestCertificates.pemBlock("DEVICECERTIFICATE", TestInputs.pkcs8(TestCertificates.ecP256()));

        InputError error = inspect(pem).errors().get(0);

        assertEquals(InputErrorCode.PRIVATE_KEY, error.code());
        assertTrue(error.message().contains("under a DEVICECERTIFICATE label"), error.message());
        assertNull(CertificateSummary.of(pem));
    }

    @Test
    void aRequestUnderADeviceCertificateLabelIsRefusedAsARequest() {
        String pem = TestCertificates.pemBlock("DEVICE CERTIFICATE",
            TestInputs.certificateRequest(TestCertificates.rsa2048()));

        assertEquals(InputErrorCode.CSR, inspect(pem).errors().get(0).code());
        assertNull(CertificateSummary.of(pem));
    }

    @Test
    void aCrlUnderACaCertificateLabelIsRefusedAsACrl() {
        InputError error = inspect(TestCertificates.pemBlock("CA CERTIFICATE",
            TestInputs.crl(TestCertificates.rsa2048()))).errors().get(0);

        assertEquals(InputErrorCode.NOT_A_CERTIFICATE, error.code());
        assertTrue(error.message().contains("revocation list"), error.message());
    }

    @Test
    void aPrivateKeyLabelEndingInCertificateIsStillAPrivateKey() {
        InputError error = inspect(TestCertificates.pemBlock("PRIVATE KEY AND CERTIFICATE", DEVICE)).errors().get(0);

        assertEquals(InputErrorCode.PRIVATE_KEY, error.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ATTRIBUTE CERTIFICATE", "CERTIFICATE PAIR", "X509 CRL", "PUBLIC KEY"})
    void otherLabelsAreStillNotCertificates(String label) {
        String pem = TestCertificates.pemBlock(label, DEVICE);

        InputError error = inspect(pem).errors().get(0);

        assertEquals(InputErrorCode.NOT_A_CERTIFICATE, error.code());
        assertTrue(error.message().contains(label), error.message());
        assertNull(CertificateSummary.of(pem));
    }

    @Test
    void requestLabelsAreStillRequests() {
        for (String label : new String[] {"CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"}) {
            assertEquals(InputErrorCode.CSR, inspect(TestCertificates.pemBlock(label,
                TestInputs.certificateRequest(TestCertificates.rsa2048()))).errors().get(0).code(), label);
        }
    }
}
