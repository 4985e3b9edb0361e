package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SubjectNamesTest {

    @Test
    void readsTheCommonNameTheInspectorReads() {
        String pem = TestCertificates.pem(TestCertificates.certificate()
            .subject("CN=华东生产环境根CA,O=示例科技有限公司,C=CN").der());

        assertEquals("华东生产环境根CA", SubjectNames.commonName(pem));
        assertEquals(new CertificateInspector().inspect(pem.getBytes(StandardCharsets.UTF_8), "t").certificates()
            .get(0).subjectCommonName(), SubjectNames.commonName(pem));
    }

    @Test
    void takesTheFirstCertificateOfABundleAfterOtherBlocks() {
        String pem = "text before\n" + TestCertificates.pemBlock("PUBLIC KEY", new byte[] {48, 0})
            + TestCertificates.pem(TestCertificates.certificate().subject("CN=first,O=x").der(),
                TestCertificates.certificate().subject("CN=second,O=x").der());

        assertEquals("first", SubjectNames.commonName(pem));
    }

    @Test
    void unreadableOrMissingGivesNull() {
        assertNull(SubjectNames.commonName(null));
        assertNull(SubjectNames.commonName("no pem here"));
        assertNull(SubjectNames.commonName("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n"));
        assertNull(SubjectNames.commonName(TestCertificates.pem(TestCertificates.certificate()
            .subject("O=no common name").der())));
    }
}
