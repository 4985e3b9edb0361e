package io.mqttca.console.cert;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Makes the verification certificate that RegisterCaCertificate asks for, the way the ApsaraMQ for MQTT guide
 * does it with OpenSSL: a fresh key pair, subject CN = the instance's registration code, issued and signed by the
 * CA's private key, valid for one year. The CA certificate is checked first (a CA, valid now, an RSA or EC key),
 * then the private key against the CA's public key, and the result is verified against the CA before it is
 * returned. Nothing is written anywhere; the fresh private key is dropped.
 */
public final class VerificationCertificates {

    /** How long a generated verification certificate is valid. */
    public static final Duration VALIDITY = Duration.ofDays(365);

    private static final Set<String> SUPPORTED_KEYS = Set.of("RSA", "EC");
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final CertificateInspector INSPECTOR = new CertificateInspector();

    private VerificationCertificates() {
    }

    /** Checks that {@code ca} can be registered as a CA at {@code now}: a CA, valid, an RSA or EC key. */
    public static void checkCa(CertificateDetails ca, Instant now) throws CaKeyException {
        if (!ca.ca()) {
            throw new CaKeyException(CaKeyProblem.NOT_A_CA, Refusals.text("caKey.notCa"), null);
        }
        if (!ca.isValidAt(now)) {
            throw new CaKeyException(CaKeyProblem.CA_NOT_VALID, ca.isExpiredAt(now)
                ? Refusals.text("caKey.expired", String.valueOf(ca.notAfter()))
                : Refusals.text("caKey.notYetValid", String.valueOf(ca.notBefore())), null);
        }
        if (!SUPPORTED_KEYS.contains(ca.publicKeyAlgorithm())) {
            throw new CaKeyException(CaKeyProblem.UNSUPPORTED_KEY,
                Refusals.text("caKey.unsupportedCaKey", ca.publicKeyAlgorithm()), null);
        }
    }

    /**
     * Checks the CA and its private key, then issues and verifies the verification certificate.
     *
     * @param ca               the CA certificate
     * @param caKey            the CA's private key (kept by the caller only as long as needed)
     * @param registrationCode the instance's registration code (GetRegisterCode)
     * @param now              the start of validity
     * @return the verification certificate as read back by the inspector (its {@code pem} is what to send)
     */
    public static CertificateDetails generate(CertificateDetails ca, PrivateKey caKey, String registrationCode,
                                              Instant now) throws CaKeyException {
        if (registrationCode == null || registrationCode.isBlank()) {
            throw new IllegalArgumentException("A registration code is required");
        }
        checkCa(ca, now);
        X509CertificateHolder caHolder = holder(ca);
        PublicKey caPublicKey = publicKey(caHolder);
        checkKeyMatches(caKey, caPublicKey);
        try {
            KeyPair fresh = freshKeyPair(caPublicKey);
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, registrationCode).build();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caHolder.getSubject(),
                new BigInteger(127, RANDOM).add(BigInteger.ONE), Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(now.plus(VALIDITY)), subject, fresh.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(fresh.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                extensions.createAuthorityKeyIdentifier(caPublicKey));
            X509CertificateHolder issued = builder.build(signer(caKey));
            verifyChain(issued, caHolder);
            List<CertificateDetails> read = INSPECTOR.inspect(issued.getEncoded(), "verification certificate")
                .certificates();
            if (read.size() != 1) {
                throw new CaKeyException(CaKeyProblem.CHAIN_FAILED, Refusals.text("caKey.unreadBack"), null);
            }
            return read.get(0);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            // The cause (kept) says what failed; its class is no words for an operator.
            throw new CaKeyException(CaKeyProblem.CHAIN_FAILED, Refusals.text("caKey.notGenerated"), e);
        }
    }

    /** Checks that {@code verification} is signed by {@code ca}'s key and names {@code ca} as its issuer. */
    public static boolean chainsTo(CertificateDetails verification, CertificateDetails ca) {
        try {
            verifyChain(holder(verification), holder(ca));
            return true;
        } catch (CaKeyException e) {
            return false;
        }
    }

    /** Refuses a private key that is not the one of {@code ca}'s certificate. */
    public static void checkKeyMatches(PrivateKey caKey, CertificateDetails ca) throws CaKeyException {
        checkKeyMatches(caKey, publicKey(holder(ca)));
    }

    private static void checkKeyMatches(PrivateKey caKey, PublicKey caPublicKey) throws CaKeyException {
        String keyAlgorithm = "ECDSA".equals(caKey.getAlgorithm()) ? "EC" : caKey.getAlgorithm();
        if (!SUPPORTED_KEYS.contains(keyAlgorithm)) {
            throw new CaKeyException(CaKeyProblem.UNSUPPORTED_KEY,
                Refusals.text("caKey.unsupportedKey", caKey.getAlgorithm()), null);
        }
        String publicAlgorithm = "ECDSA".equals(caPublicKey.getAlgorithm()) ? "EC" : caPublicKey.getAlgorithm();
        boolean matches = false;
        if (keyAlgorithm.equals(publicAlgorithm)) {
            try {
                byte[] challenge = new byte[32];
                RANDOM.nextBytes(challenge);
                String algorithm = "RSA".equals(keyAlgorithm) ? "SHA256withRSA" : "SHA256withECDSA";
                Signature signer = Signature.getInstance(algorithm, PROVIDER);
                signer.initSign(caKey);
                signer.update(challenge);
                byte[] signature = signer.sign();
                Signature verifier = Signature.getInstance(algorithm, PROVIDER);
                verifier.initVerify(caPublicKey);
                verifier.update(challenge);
                matches = verifier.verify(signature);
            } catch (GeneralSecurityException e) {
                matches = false;
            }
        }
        if (!matches) {
            throw new CaKeyException(CaKeyProblem.KEY_MISMATCH, Refusals.text("caKey.mismatch"), null);
        }
    }

    private static void verifyChain(X509CertificateHolder issued, X509CertificateHolder ca) throws CaKeyException {
        boolean valid;
        try {
            valid = issued.getIssuer().equals(ca.getSubject()) && issued.isSignatureValid(
                new JcaContentVerifierProviderBuilder().setProvider(PROVIDER).build(ca.getSubjectPublicKeyInfo()));
        } catch (CertException | OperatorCreationException e) {
            valid = false;
        }
        if (!valid) {
            throw new CaKeyException(CaKeyProblem.CHAIN_FAILED, Refusals.text("caKey.doesNotVerify"), null);
        }
    }

    private static KeyPair freshKeyPair(PublicKey caPublicKey) throws GeneralSecurityException {
        if (caPublicKey instanceof ECKey) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static ContentSigner signer(PrivateKey caKey) throws OperatorCreationException {
        String algorithm;
        if (caKey instanceof ECKey ec) {
            algorithm = ec.getParams().getOrder().bitLength() > 256 ? "SHA384withECDSA" : "SHA256withECDSA";
        } else {
            algorithm = "SHA256withRSA";
        }
        return new JcaContentSignerBuilder(algorithm).setProvider(PROVIDER).build(caKey);
    }

    private static X509CertificateHolder holder(CertificateDetails certificate) throws CaKeyException {
        try {
            return new X509CertificateHolder(certificate.der());
        } catch (IOException e) {
            throw new CaKeyException(CaKeyProblem.CHAIN_FAILED, Refusals.text("caKey.undecodable"), e);
        }
    }

    private static PublicKey publicKey(X509CertificateHolder holder) throws CaKeyException {
        try {
            return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder).getPublicKey();
        } catch (GeneralSecurityException e) {
            throw new CaKeyException(CaKeyProblem.UNSUPPORTED_KEY, Refusals.text("caKey.publicKeyUnreadable"), e);
        }
    }
}
