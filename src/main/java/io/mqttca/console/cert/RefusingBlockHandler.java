package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
/**
 * Refuses the blocks that are not certificates, without decoding them: private keys of every kind (whose
 * content is never read), certificate requests, PKCS#7 bundles and any other type (public keys, CRLs ...),
 * naming the type found.
 */
final class RefusingBlockHandler implements PemBlockHandler {

    /** What the refused blocks are. */
    enum Kind {
        PRIVATE_KEY, CERTIFICATE_REQUEST, PKCS7, OTHER
    }

    private final Kind kind;

    RefusingBlockHandler(Kind kind) {
        this.kind = kind;
    }

    @Override
    public CertificateDetails handle(byte[] data, PemBlock block, String source) throws CertificateInputException {
        switch (kind) {
            case PRIVATE_KEY:
                throw Refusals.privateKey(block.label(), block.type());
            case CERTIFICATE_REQUEST:
                throw Refusals.certificateRequest(block.label(), block.type());
            case PKCS7:
                throw Refusals.pkcs7(block.label(), source, false);
            default:
                throw Refusals.notACertificate(block.label(), describe(block.type()));
        }
    }

    private static Text describe(String type) {
        switch (type) {
            case "X509 CRL":
                return Refusals.text("kind.crlBlock", type);
            case "PUBLIC KEY":
            case "RSA PUBLIC KEY":
                return Refusals.text("kind.publicKeyBlock", type);
            default:
                return Refusals.text("kind.otherBlock", type);
        }
    }
}
