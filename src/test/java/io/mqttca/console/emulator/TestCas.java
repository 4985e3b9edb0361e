package io.mqttca.console.emulator;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;

/** Certificates for registration tests: a CA with its key, and verification certificates it signs. */
record TestCas(X509CertificateHolder certificate, KeyPair keyPair) {

    private static final Duration YEAR = Duration.ofDays(365);

    static TestCas ca(String commonName, BigInteger serial) {
        KeyPair keyPair = CertificateMint.ecKeyPair();
        Instant now = Instant.now();
        return new TestCas(CertificateMint.selfSignedCa(new X500Name("CN=" + commonName), serial,
            now.minus(Duration.ofDays(1)), now.plus(YEAR), keyPair), keyPair);
    }

    /** An end-entity certificate with a CA-looking name but basicConstraints CA=false. */
    static TestCas notACa(String commonName, BigInteger serial) {
        TestCas issuer = ca("Issuer of " + commonName, serial.add(BigInteger.ONE));
        KeyPair keyPair = CertificateMint.ecKeyPair();
        Instant now = Instant.now();
        X509CertificateHolder leaf = CertificateMint.issue(issuer.certificate(), issuer.keyPair().getPrivate(),
            new X500Name("CN=" + commonName), serial, now.minus(Duration.ofDays(1)), now.plus(YEAR),
            keyPair.getPublic(), false);
        return new TestCas(leaf, keyPair);
    }

    String pem() {
        return PemCertificates.toPem(certificate);
    }

    String sn() {
        return SerialNumbers.sn(certificate.getSerialNumber());
    }

    /** A verification certificate with the given CN, signed by this CA's key. */
    String verificationPem(String commonName) {
        Instant now = Instant.now();
        return PemCertificates.toPem(CertificateMint.issue(certificate, keyPair.getPrivate(),
            new X500Name("CN=" + commonName), BigInteger.valueOf(now.toEpochMilli()), now.minus(Duration.ofDays(1)),
            now.plus(YEAR), CertificateMint.ecKeyPair().getPublic(), false));
    }
}
