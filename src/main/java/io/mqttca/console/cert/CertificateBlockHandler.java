package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.util.Arrays;

/**
 * Reads {@code CERTIFICATE} and {@code X509 CERTIFICATE} blocks, and {@code TRUSTED CERTIFICATE} blocks
 * (OpenSSL's trusted form: the DER certificate followed by auxiliary trust settings, of which only the leading
 * certificate is read). Broken base64 or DER is reported as {@link InputErrorCode#CORRUPT}; a block whose DER
 * turns out to be a private key or a request under a certificate label is reported as what it is.
 */
final class CertificateBlockHandler implements PemBlockHandler {

    private final boolean trailingDataAllowed;

    /**
     * @param trailingDataAllowed true for {@code TRUSTED CERTIFICATE}: data after the certificate is trust
     *                            settings, not damage
     */
    CertificateBlockHandler(boolean trailingDataAllowed) {
        this.trailingDataAllowed = trailingDataAllowed;
    }

    @Override
    public CertificateDetails handle(byte[] data, PemBlock block, String source) throws CertificateInputException {
        if (block.problem() != null) {
            throw Refusals.corrupt(block.label(), blockKind(block), block.problem(), null);
        }
        byte[] decoded;
        try {
            decoded = PemBase64.decode(data, block);
        } catch (PemBase64.Base64Problem e) {
            throw Refusals.corrupt(block.label(), blockKind(block), e.text(), e);
        }
        Der.Tlv first = Der.read(decoded, 0, decoded.length);
        if (first == null) {
            throw Refusals.corrupt(block.label(), blockKind(block), Refusals.text("der.notAsn1"), null);
        }
        if (first.end() != decoded.length && !trailingDataAllowed) {
            throw Refusals.corrupt(block.label(), blockKind(block),
                Refusals.text("der.trailingBytes", String.valueOf(decoded.length - first.end())), null);
        }
        byte[] der = first.end() == decoded.length ? decoded : Arrays.copyOf(decoded, first.end());
        DerKind kind = DerClassifier.classify(der, first);
        if (kind == DerKind.PRIVATE_KEY) {
            throw Refusals.privateKey(block.label(), Refusals.text("kind.derKeyUnderLabel", block.type()));
        }
        if (kind == DerKind.CERTIFICATE_REQUEST) {
            throw Refusals.certificateRequest(block.label(), Refusals.text("kind.csrUnderLabel", block.type()));
        }
        if (kind != DerKind.CERTIFICATE && kind != DerKind.UNKNOWN) {
            throw Refusals.notACertificate(block.label(),
                Refusals.text("kind.underLabel", kind.description(), block.type()));
        }
        try {
            return CertificateDecoder.decode(der, source, block.index());
        } catch (CertificateDecoder.MalformedCertificateException e) {
            throw Refusals.corrupt(block.label(), blockKind(block), e.getMessage(), e);
        }
    }

    private static Text blockKind(PemBlock block) {
        return Refusals.text("kind.block", block.type());
    }
}
