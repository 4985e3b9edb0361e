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
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Decides whether a certificate is self-signed the way OpenSSL does: its issuer name equals its subject name
 * (compared as RFC 5280 names, not as strings), its authority key identifier, if any, matches its subject key
 * identifier, and its signature verifies with its own public key. The names are compared first, so the
 * signature is only verified for self-issued certificates. Key factories and signature engines are kept per
 * thread; algorithms without a plain JCA name (RSASSA-PSS, SHA-3 ...) are verified through the JDK's
 * {@link CertificateFactory}.
 */
final class SelfSignature {

    private static final ThreadLocal<Map<String, KeyFactory>> KEY_FACTORIES = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<String, Signature>> SIGNATURES = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<CertificateFactory> CERTIFICATE_FACTORY = ThreadLocal.withInitial(() -> {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X.509 is missing from the JDK", e);
        }
    });

    private SelfSignature() {
    }

    static boolean isSelfSigned(Certificate certificate, byte[] der, ExtensionDetails extensions) {
        X500Name subject = certificate.getSubject();
        X500Name issuer = certificate.getIssuer();
        if (!sameAttributeTypes(subject, issuer) || !subject.equals(issuer)) {
            return false;
        }
        String subjectKeyId = extensions.subjectKeyIdentifier();
        String authorityKeyId = extensions.authorityKeyIdentifier();
        if (subjectKeyId != null && authorityKeyId != null && !subjectKeyId.equals(authorityKeyId)) {
            return false;
        }
        try {
            String signatureName = AlgorithmNames.jcaSignature(certificate.getSignatureAlgorithm().getAlgorithm());
            String keyAlgorithm = jcaKeyAlgorithm(certificate.getSubjectPublicKeyInfo());
            return signatureName != null && keyAlgorithm != null
                ? verify(certificate, der, signatureName, keyAlgorithm)
                : verifyWithJdk(der);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A cheap first test: names that differ in the number of RDNs or in their attribute types cannot be equal,
     * and most issued certificates are told apart here without BouncyCastle's normalising comparison.
     */
    private static boolean sameAttributeTypes(X500Name first, X500Name second) {
        RDN[] a = first.getRDNs();
        RDN[] b = second.getRDNs();
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            AttributeTypeAndValue[] x = a[i].getTypesAndValues();
            AttributeTypeAndValue[] y = b[i].getTypesAndValues();
            if (x.length != y.length || !x[0].getType().equals(y[0].getType())) {
                return false;
            }
        }
        return true;
    }

    private static boolean verify(Certificate certificate, byte[] der, String signatureName, String keyAlgorithm)
            throws GeneralSecurityException, IOException {
        SubjectPublicKeyInfo info = certificate.getSubjectPublicKeyInfo();
        PublicKey key = KEY_FACTORIES.get().computeIfAbsent(keyAlgorithm, SelfSignature::keyFactory)
            .generatePublic(new X509EncodedKeySpec(info.getEncoded(ASN1Encoding.DER)));
        Signature signature = SIGNATURES.get().computeIfAbsent(signatureName, SelfSignature::signature);
        signature.initVerify(key);
        Der.Tlv outer = Der.read(der, 0, der.length);
        Der.Tlv tbs = Der.read(der, outer.contentStart(), outer.contentEnd());
        signature.update(der, tbs.start(), tbs.end() - tbs.start());
        return signature.verify(certificate.getSignature().getOctets());
    }

    private static boolean verifyWithJdk(byte[] der) throws GeneralSecurityException {
        X509Certificate certificate =
            (X509Certificate) CERTIFICATE_FACTORY.get().generateCertificate(new ByteArrayInputStream(der));
        certificate.verify(certificate.getPublicKey());
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
