package io.mqttca.console.cert;

import java.util.Map;

/**
 * Chooses the handler for a PEM block by its label, like BouncyCastle's {@code PEMParser} does: the certificate
 * labels, the request labels, PKCS#7, and any label containing {@code PRIVATE KEY} (RSA, EC, DSA, ENCRYPTED,
 * OPENSSH, ANY ...). Any other label ending in {@code CERTIFICATE} ({@code DEVICECERTIFICATE}, {@code CA
 * CERTIFICATE} ..., as the ApsaraMQ API returns them) is read as a certificate: the handler still refuses a key,
 * request or CRL found under it by the shape of its DER. Every other label is refused as not a certificate.
 */
final class PemBlockHandlers {

    private static final PemBlockHandler PRIVATE_KEY = new RefusingBlockHandler(RefusingBlockHandler.Kind.PRIVATE_KEY);
    private static final PemBlockHandler OTHER = new RefusingBlockHandler(RefusingBlockHandler.Kind.OTHER);
    private static final PemBlockHandler CERTIFICATE = new CertificateBlockHandler(false);
    private static final Map<String, PemBlockHandler> BY_TYPE = Map.of(
        "CERTIFICATE", CERTIFICATE,
        "TRUSTED CERTIFICATE", new CertificateBlockHandler(true),
        // RFC 5755 attribute certificates end in CERTIFICATE too, but are no X.509 public key certificates.
        "ATTRIBUTE CERTIFICATE", OTHER,
        "CERTIFICATE REQUEST", new RefusingBlockHandler(RefusingBlockHandler.Kind.CERTIFICATE_REQUEST),
        "NEW CERTIFICATE REQUEST", new RefusingBlockHandler(RefusingBlockHandler.Kind.CERTIFICATE_REQUEST),
        "PKCS7", new RefusingBlockHandler(RefusingBlockHandler.Kind.PKCS7),
        "CMS", new RefusingBlockHandler(RefusingBlockHandler.Kind.PKCS7));

    private PemBlockHandlers() {
    }

    static PemBlockHandler forType(String type) {
        PemBlockHandler handler = BY_TYPE.get(type);
        if (handler != null) {
            return handler;
        }
        if (type.contains("PRIVATE KEY")) {
            return PRIVATE_KEY;
        }
        return type.endsWith("CERTIFICATE") ? CERTIFICATE : OTHER;
    }

    /**
     * True for the labels read as certificates: every label that ends in {@code CERTIFICATE} except
     * {@code ATTRIBUTE CERTIFICATE} and those naming a private key.
     */
    static boolean isCertificateLabel(String type) {
        return forType(type) instanceof CertificateBlockHandler;
    }
}
