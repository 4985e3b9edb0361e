package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import org.bouncycastle.asn1.x509.Certificate;
import org.junit.jupiter.api.Test;

class CertificateSignaturesTest {

    private static boolean verifies(byte[] der, byte[] signerDer) {
        return CertificateSignatures.verifies(Certificate.getInstance(der), der, Certificate.getInstance(signerDer),
            signerDer);
    }

    private static byte[] ca(KeyPair key) {
        return TestCertificates.certificate().subject("CN=Fleet CA").keyPair(key).ca(0).der();
    }

    @Test
    void aKeyOfTheWrongTypeDoesNotSpoilLaterVerificationsOnTheThread() {
        // SHA512withECDSA: an algorithm no other test of this JVM may have used before.
        byte[] device = TestCertificates.certificate().subject("CN=d").keyPair(TestCertificates.ecP256())
            .issuer("CN=Fleet CA", TestCertificates.ecP384()).signatureAlgorithm("SHA512withECDSA").der();

        assertFalse(verifies(device, ca(TestCertificates.rsa2048())));
        assertTrue(verifies(device, ca(TestCertificates.ecP384())));
    }

    @Test
    void anRsassaPssSignatureVerifiesThroughTheJdkWithTheSignersKey() {
        byte[] device = TestCertificates.certificate().subject("CN=d").keyPair(TestCertificates.ecP256())
            .issuer("CN=Fleet CA", TestCertificates.rsaPss()).der();

        assertTrue(verifies(device, ca(TestCertificates.rsaPss())));
        assertFalse(verifies(device, ca(TestCertificates.another("RSASSA-PSS", 2048, null))));
    }
}
