package io.mqttca.console.emulator;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes key pairs and certificates with BouncyCastle for the emulator's seed data (and for tests that need
 * certificates to register): self-signed CA certificates, and certificates a CA issues (device and verification
 * certificates). EC keys and all signing use {@link BouncyCastle#PROVIDER}; nothing here touches disk.
 */
public final class CertificateMint {


    private CertificateMint() {
    }

    /** A fresh EC P-256 key pair (fast: use it wherever the key type does not matter). */
    public static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every JDK", e);
        }
    }

    /** A fresh RSA key pair of the given size. */
    public static KeyPair rsaKeyPair(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    /** A self-signed CA certificate (basicConstraints CA=true, keyCertSign). */
    public static X509CertificateHolder selfSignedCa(X500Name subject, BigInteger serial, Instant notBefore,
                                                     Instant notAfter, KeyPair keyPair) {
        return build(subject, serial, notBefore, notAfter, keyPair.getPublic(), subject, keyPair.getPrivate(), true);
    }

    /** A certificate issued by {@code issuer}: an end-entity one unless {@code ca} is set. */
    public static X509CertificateHolder issue(X509CertificateHolder issuer, PrivateKey issuerKey, X500Name subject,
                                              BigInteger serial, Instant notBefore, Instant notAfter,
                                              PublicKey subjectKey, boolean ca) {
        return build(subject, serial, notBefore, notAfter, subjectKey, issuer.getSubject(), issuerKey, ca);
    }

    private static X509CertificateHolder build(X500Name subject, BigInteger serial, Instant notBefore,
                                               Instant notAfter, PublicKey subjectKey, X500Name issuer,
                                               PrivateKey signingKey, boolean ca) {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
            Date.from(notAfter), subject, subjectKey);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, ca
                ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature)
                : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            return builder.build(signer(signingKey));
        } catch (CertIOException e) {
            throw new IllegalStateException("Encoding a certificate extension failed", e);
        }
    }

    private static ContentSigner signer(PrivateKey key) {
        String algorithm = "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
        try {
            return new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot sign with " + algorithm, e);
        }
    }
}
