package io.mqttca.console.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * What RegisterCaCertificate checks before it stores a CA: both PEM texts hold a certificate, the CA certificate
 * is a CA (basicConstraints CA=true), the verification certificate is signed by the CA's key and carries the
 * instance's registration code as its subject CN. Unparsable input and a non-CA give ParameterFieldCheckFailed
 * (400); a wrong signer or code gives RegisterCodeError (500).
 */
final class CaRegistrationCheck {

    private static final int PARAMETER_STATUS = ApiErrors.BAD_REQUEST;

    /** A CA that passed: its Sn, canonical PEMs and validity. */
    record Accepted(String sn, String caPem, String verificationPem, Instant validBegin, Instant validEnd) {
    }

    private CaRegistrationCheck() {
    }

    static Accepted check(String caContent, String verificationContent, String registerCode) {
        X509CertificateHolder ca = PemCertificates.firstCertificate(caContent).orElseThrow(() ->
            ApiErrors.parameterFieldCheckFailed(PARAMETER_STATUS, "CaContent holds no readable PEM certificate."));
        X509CertificateHolder verification = PemCertificates.firstCertificate(verificationContent)
            .orElseThrow(() -> ApiErrors.parameterFieldCheckFailed(PARAMETER_STATUS,
                "VerificationContent holds no readable PEM certificate."));
        BasicConstraints constraints = BasicConstraints.fromExtensions(ca.getExtensions());
        if (constraints == null || !constraints.isCA()) {
            throw ApiErrors.parameterFieldCheckFailed(PARAMETER_STATUS,
                "CaContent is not a CA certificate (basicConstraints CA is not true).");
        }
        if (!signedBy(verification, ca)) {
            throw ApiErrors.registerCodeError("The verification certificate is not signed by the CA's key.");
        }
        if (!registerCode.equals(commonName(verification))) {
            throw ApiErrors.registerCodeError("The verification certificate's CN is not the registration code "
                + "of this instance.");
        }
        String sn = SerialNumbers.sn(ca.getSerialNumber());
        if (sn.getBytes(StandardCharsets.UTF_8).length > SerialNumbers.MAX_SN_BYTES) {
            throw ApiErrors.parameterFieldCheckFailed(PARAMETER_STATUS, "The CA serial is longer than 128 bytes.");
        }
        return new Accepted(sn, PemCertificates.toPem(ca), PemCertificates.toPem(verification),
            ca.getNotBefore().toInstant(), ca.getNotAfter().toInstant());
    }

    private static boolean signedBy(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        try {
            return certificate.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .setProvider(BouncyCastle.PROVIDER).build(issuer.getSubjectPublicKeyInfo()));
        } catch (CertException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    private static String commonName(X509CertificateHolder certificate) {
        RDN[] names = certificate.getSubject().getRDNs(BCStyle.CN);
        if (names.length == 0) {
            return "";
        }
        ASN1Encodable value = names[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : value.toString();
    }
}
