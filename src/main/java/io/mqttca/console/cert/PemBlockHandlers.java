package io.mqttca.console.cert;

import java.util.Map;

/**
 * Chooses the handler for a PEM block by its label, like BouncyCastle's {@code PEMParser} does: the certificate
 * labels, the request labels, PKCS#7, and any label containing {@code PRIVATE KEY} (RSA, EC, DSA, ENCRYPTED,
 * OPENSSH, ANY ...). Every other label is refused as not a certificate.
 */
final class PemBlockHandlers {

    private static final PemBlockHandler PRIVATE_KEY = new RefusingBlockHandler(RefusingBlockHandler.Kind.PRIVATE_KEY);
    private static final PemBlockHandler OTHER = new RefusingBlockHandler(RefusingBlockHandler.Kind.OTHER);
    private static final Map<String, PemBlockHandler> BY_TYPE = Map.of(
        "CERTIFICATE", new CertificateBlockHandler(false),
        "X509 CERTIFICATE", new CertificateBlockHandler(false),
        "TRUSTED CERTIFICATE", new CertificateBlockHandler(true),
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
        return type.contains("PRIVATE KEY") ? PRIVATE_KEY : OTHER;
    }
}
