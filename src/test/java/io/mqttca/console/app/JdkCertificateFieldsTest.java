package io.mqttca.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.ui.TestCertificates;
import io.mqttca.console.ui.details.CertificateFields;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdkCertificateFieldsTest {

    @Test
    void readsSerialValidityAndCaFlagOfACaCertificate() {
        String pem = TestCertificates.caPem("Fleet Root", new BigInteger("f26900ba87aa01", 16),
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
        Map<String, String> fields = new LinkedHashMap<>();
        new JdkCertificateFields().apply(pem).forEach(entry -> fields.put(entry.getKey(), entry.getValue()));

        assertEquals("00:F2:69:00:BA:87:AA:01", fields.get(CertificateFields.SERIAL_HEX));
        assertEquals(new BigInteger("f26900ba87aa01", 16).toString(), fields.get(CertificateFields.SERIAL_DECIMAL));
        assertEquals("2030-01-01T00:00:00Z", fields.get(CertificateFields.NOT_AFTER));
        assertEquals("true", fields.get(CertificateFields.CA));
        assertEquals("0", fields.get(CertificateFields.PATH_LENGTH));
        assertEquals("keyCertSign, cRLSign", fields.get(CertificateFields.KEY_USAGE));
        assertEquals("EC 256 bits", fields.get(CertificateFields.PUBLIC_KEY));
        assertEquals(95, fields.get(CertificateFields.SHA256).length());
    }

    @Test
    void somethingElseThanACertificateIsRefusedWithAReadableMessage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> new JdkCertificateFields().apply("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
        assertTrue(error.getMessage().startsWith("Not an X.509 certificate"));
    }
}
