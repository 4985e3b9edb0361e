package io.mqttca.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.ui.TestCertificates;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.details.CertificateFields;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectorCertificateFieldsTest {

    @Test
    void showsWhatTheInspectorReadsForACaCertificate() {
        String pem = TestCertificates.caPem("Fleet Root", new BigInteger("f26900ba87aa01", 16),
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
        CertificateDetails inspected = new CertificateInspector()
            .inspect(pem.getBytes(StandardCharsets.UTF_8), "test").certificates().get(0);
        Map<String, String> fields = new LinkedHashMap<>();
        new InspectorCertificateFields().apply(pem).forEach(entry -> fields.put(entry.getKey(), entry.getValue()));

        assertEquals("F26900BA87AA01", fields.get(CertificateFields.SERIAL_HEX));
        assertEquals(inspected.serialDecimal(), fields.get(CertificateFields.SERIAL_DECIMAL));
        assertEquals(inspected.sha256Fingerprint(), fields.get(CertificateFields.SHA256));
        assertEquals("2030-01-01T00:00:00Z", fields.get(CertificateFields.NOT_AFTER));
        assertEquals("true", fields.get(CertificateFields.CA));
        assertEquals("0", fields.get(CertificateFields.PATH_LENGTH));
        assertTrue(fields.get(CertificateFields.KEY_USAGE).contains("keyCertSign"), fields.toString());
        assertTrue(fields.get(CertificateFields.PUBLIC_KEY).startsWith("EC 256 bits"), fields.toString());
        assertTrue(fields.get(CertificateFields.EXTENSIONS).contains("basicConstraints (2.5.29.19) critical"),
            fields.get(CertificateFields.EXTENSIONS));
    }

    @Test
    void aPrivateKeyIsRefusedWithoutEchoingIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> new InspectorCertificateFields().apply(
                "-----BEGIN PRIVATE KEY-----\nQUJDREVGR0hJSktM\n-----END PRIVATE KEY-----\n"));
        assertTrue(error.getMessage().startsWith("Not an X.509 certificate"), error.getMessage());
        assertTrue(!error.getMessage().contains("QUJDREVGR0hJSktM"), error.getMessage());
    }

    @Test
    void aChineseWindowGetsTheInspectorsWordsInChinese() {
        String pem = TestCertificates.caPem("Fleet Root", new BigInteger("f26900ba87aa01", 16),
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
        InspectorCertificateFields chinese = new InspectorCertificateFields()
            .in(Messages.bundle(Locale.SIMPLIFIED_CHINESE));
        Map<String, String> fields = new LinkedHashMap<>();
        chinese.apply(pem).forEach(entry -> fields.put(entry.getKey(), entry.getValue()));

        assertTrue(fields.get(CertificateFields.ISSUER).endsWith("（自签名）"), fields.get(CertificateFields.ISSUER));
        assertEquals("是", fields.get(CertificateFields.CA));
        String publicKey = fields.get(CertificateFields.PUBLIC_KEY);
        assertTrue(publicKey.startsWith("EC 256 位"), publicKey);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> chinese.apply(
            "-----BEGIN PRIVATE KEY-----\nQUJDREVGR0hJSktM\n-----END PRIVATE KEY-----\n"));
        assertTrue(error.getMessage().startsWith("不是 X.509 证书：第 1 块（第 1 行）是私钥"), error.getMessage());
    }

    @Test
    void theEnglishFieldsAreAsBefore() {
        String pem = TestCertificates.caPem("Fleet Root", new BigInteger("f26900ba87aa01", 16),
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
        Map<String, String> fields = new LinkedHashMap<>();
        new InspectorCertificateFields().in(Messages.bundle(Locale.ENGLISH)).apply(pem)
            .forEach(entry -> fields.put(entry.getKey(), entry.getValue()));

        String issuer = fields.get(CertificateFields.ISSUER);
        assertTrue(issuer.endsWith("  (self-signed)"), issuer);
    }
}
