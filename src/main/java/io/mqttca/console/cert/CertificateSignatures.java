package io.mqttca.console.cert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Verifies the signature of a certificate with the public key of the certificate that is said to have signed it
 * (itself, for a self-signed one): the signed TBS bytes are taken from the DER as they are, not re-encoded. Key
 * factories and signature engines are kept per thread; algorithms without a plain JCA name (RSASSA-PSS, SHA-3 ...)
 * are verified through the JDK's {@link CertificateFactory}.
 */
final class CertificateSignatures {

    private static final ThreadLocal<Map<String, KeyFactory>> KEY_FACTORIES = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<String, Signature>> SIGNATURES = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<CertificateFactory> CERTIFICATE_FACTORY = ThreadLocal.withInitial(() -> {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X.509 is missing from the JDK", e);
        }
    });

    private CertificateSignatures() {
    }

    /**
     * True when the signature of {@code certificate} (encoded as {@code der}) verifies with the public key of
     * {@code signer} (encoded as {@code signerDer}); false when it does not or cannot be verified (a key that does
     * not fit the algorithm, an unknown algorithm).
     */
    static boolean verifies(Certificate certificate, byte[] der, Certificate signer, byte[] signerDer) {
        try {
            String signatureName = AlgorithmNames.jcaSignature(certificate.getSignatureAlgorithm().getAlgorithm());
            String keyAlgorithm = jcaKeyAlgorithm(signer.getSubjectPublicKeyInfo());
            return signatureName != null && keyAlgorithm != null
                ? verify(certificate, der, signer.getSubjectPublicKeyInfo(), signatureName, keyAlgorithm)
                : verifyWithJdk(der, signerDer);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean verify(Certificate certificate, byte[] der, SubjectPublicKeyInfo info,
            String signatureName, String keyAlgorithm) throws GeneralSecurityException, IOException {
        PublicKey key = KEY_FACTORIES.get().computeIfAbsent(keyAlgorithm, CertificateSignatures::keyFactory)
            .generatePublic(new X509EncodedKeySpec(info.getEncoded(ASN1Encoding.DER)));
        Map<String, Signature> engines = SIGNATURES.get();
        Signature signature = engines.computeIfAbsent(signatureName, CertificateSignatures::signature);
        try {
            signature.initVerify(key);
            Der.Tlv outer = Der.read(der, 0, der.length);
            Der.Tlv tbs = Der.read(der, outer.contentStart(), outer.contentEnd());
            signature.update(der, tbs.start(), tbs.end() - tbs.start());
            return signature.verify(certificate.getSignature().getOctets());
        } catch (GeneralSecurityException | RuntimeException e) {
            // An engine whose provider was never chosen stays unusable once a key of the wrong type was refused.
            engines.remove(signatureName);
            throw e;
        }
    }

    private static boolean verifyWithJdk(byte[] der, byte[] signerDer) throws GeneralSecurityException {
        CertificateFactory factory = CERTIFICATE_FACTORY.get();
        X509Certificate certificate = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        PublicKey key = der == signerDer ? certificate.getPublicKey()
            : factory.generateCertificate(new ByteArrayInputStream(signerDer)).getPublicKey();
        certificate.verify(key);
        return true;
    }

    private static String jcaKeyAlgorithm(SubjectPublicKeyInfo info) {
        String name = AlgorithmNames.publicKey(info.getAlgorithm().getAlgorithm());
        switch (name) {
            case "RSA":
            case "EC":
            case "DSA":
            case "Ed25519":
            case "Ed448":
                return name;
            default:
                return null;
        }
    }

    private static KeyFactory keyFactory(String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " key factory is missing", e);
        }
    }

    private static Signature signature(String algorithm) {
        try {
            return Signature.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " signature is missing", e);
        }
    }
}
