package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inspects binary input: one DER structure, or several concatenated. Each top-level element is classified by
 * its shape ({@link DerClassifier}) before anything is decoded, so a PKCS#8 or PKCS#1 private key, a PKCS#10
 * request or a PKCS#12 keystore is refused as what it is and never parsed; certificates are decoded.
 */
final class DerInput {

    private DerInput() {
    }

    static InspectionResult inspect(byte[] data, String source) {
        List<CertificateDetails> certificates = new ArrayList<>(1);
        List<InputError> errors = new ArrayList<>();
        int position = 0;
        int index = 0;
        while (position < data.length && !onlyPadding(data, position)) {
            Der.Tlv element = Der.read(data, position, data.length);
            if (element == null) {
                if (index == 0 && !looksLikeTruncatedStructure(data)) {
                    return InspectionResult.failed(source, Refusals.noCertificate("neitherPemNorDer"));
                }
                Text what = position == 0 ? Refusals.text("der.fileTruncated")
                    : Refusals.text("der.notDerFrom", String.valueOf(position));
                errors.add(new InputError(source, InputErrorCode.CORRUPT, what, index, null));
                break;
            }
            DerKind kind = DerClassifier.classify(data, element);
            if (index == 0 && kind == DerKind.UNKNOWN) {
                return InspectionResult.failed(source,
                    Refusals.noCertificate("unknownDer"));
            }
            Text what = position == 0 && element.end() >= data.length ? Refusals.THE_FILE
                : Refusals.derElement(index, position);
            try {
                certificates.add(element(data, element, kind, what, source, index));
            } catch (CertificateInputException e) {
                errors.add(InputError.ofBlock(source, e, index, null));
            }
            position = element.end();
            index++;
        }
        return new InspectionResult(source, certificates, errors);
    }

    private static CertificateDetails element(byte[] data, Der.Tlv element, DerKind kind, Text what, String source,
            int index) throws CertificateInputException {
        switch (kind) {
            case CERTIFICATE:
                byte[] der = Arrays.copyOfRange(data, element.start(), element.end());
                try {
                    return CertificateDecoder.decode(der, source, index);
                } catch (CertificateDecoder.MalformedCertificateException e) {
                    throw Refusals.corrupt(what, Refusals.text("kind.derCertificate"), e.getMessage(), e);
                }
            case PRIVATE_KEY:
                throw Refusals.privateKey(what, Refusals.text("kind.derKey"));
            case CERTIFICATE_REQUEST:
                throw Refusals.certificateRequest(what, "DER PKCS#10");
            case PKCS12:
                throw Refusals.pkcs12(what, source);
            case PKCS7:
                throw Refusals.pkcs7(what, source, true);
            default:
                throw Refusals.notACertificate(what, kind.description());
        }
    }

    /**
     * True when the input starts like a certificate, key or keystore does (a long SEQUENCE whose first element is
     * a SEQUENCE or INTEGER) but is shorter than it declares: damage, not some other kind of file.
     */
    private static boolean looksLikeTruncatedStructure(byte[] data) {
        int lengthBytes = (data[1] & 0xFF) - 0x80;
        if (data.length < 8 || lengthBytes < 1 || lengthBytes > 4) {
            return false;
        }
        int inner = data[2 + lengthBytes];
        return inner == Der.SEQUENCE || inner == Der.INTEGER;
    }

    /** True when only zero bytes or whitespace remain (some tools pad DER files). */
    private static boolean onlyPadding(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] != 0 && data[i] != '\n' && data[i] != '\r' && data[i] != ' ') {
                return false;
            }
        }
        return true;
    }
}
