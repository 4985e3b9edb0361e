package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CertificateSummaryTest {

    @Test
    void readsTheCommonNameTheInspectorReads() {
        String pem = TestCertificates.pem(TestCertificates.certificate()
            .subject("CN=华东生产环境根CA,O=示例科技有限公司,C=CN").der());

        assertEquals("华东生产环境根CA", CertificateSummary.commonNameOf(pem));
        assertEquals(new CertificateInspector().inspect(pem.getBytes(StandardCharsets.UTF_8), "t").certificates()
            .get(0).subjectCommonName(), CertificateSummary.commonNameOf(pem));
    }

    @Test
    void serialAndFingerprintAgreeWithTheInspector() {
        String pem = TestCertificates.pem(TestCertificates.certificate().serial(new BigInteger("00f26900ba87", 16))
            .der());
        CertificateDetails details = new CertificateInspector().inspect(pem.getBytes(StandardCharsets.UTF_8), "t")
            .certificates().get(0);

        CertificateSummary summary = CertificateSummary.of(pem);

        assertEquals(details.serialNumber(), summary.serialNumber());
        assertEquals(details.sha256Fingerprint(), summary.sha256Fingerprint());
    }

    @Test
    void takesTheFirstCertificateOfABundleAfterOtherBlocks() {
        String pem = "text before\n" + TestCertificates.pemBlock("PUBLIC KEY", new byte[] {48, 0})
            + TestCertificates.pem(TestCertificates.certificate().subject("CN=first,O=x").der(),
                TestCertificates.certificate().subject("CN=second,O=x").der());

        assertEquals("first", CertificateSummary.commonNameOf(pem));
    }

    @Test
    void unreadableOrMissingGivesNull() {
        assertNull(CertificateSummary.commonNameOf(null));
        assertNull(CertificateSummary.commonNameOf("no pem here"));
        assertNull(CertificateSummary.commonNameOf("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n"));
        assertNull(CertificateSummary.commonNameOf(TestCertificates.pem(TestCertificates.certificate()
            .subject("O=no common name").der())));
    }
}
