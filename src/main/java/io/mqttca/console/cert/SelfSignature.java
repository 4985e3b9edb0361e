package io.mqttca.console.cert;

import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * Decides whether a certificate is self-signed the way OpenSSL does: its issuer name equals its subject name
 * (compared as RFC 5280 names, not as strings), its authority key identifier, if any, matches its subject key
 * identifier, and its signature verifies with its own public key ({@link CertificateSignatures}). The names are
 * compared first, so the signature is only verified for self-issued certificates.
 */
final class SelfSignature {

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
        return CertificateSignatures.verifies(certificate, der, certificate, der);
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
}
