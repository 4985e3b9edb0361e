package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.util.Locale;

/**
 * The operator messages for inputs that are not (readable) certificates, in one place so that they stay
 * consistent: each says what the input is and what to do. {@code what} names the part of the input, e.g.
 * "Block 2 (line 31)" or "The file" (a {@link Text}, see {@link #block}). The sentences live in the bundle
 * {@link Text#CERT} in English and Chinese; arguments that are technical (a PEM label, a parser's reason) stay as
 * they are. No message ever contains the content of the input.
 */
final class Refusals {

    /** "The file", as the subject of a message. */
    static final Text THE_FILE = text("what.file");

    private Refusals() {
    }

    /** A text of the cert bundle. */
    static Text text(String key, Object... args) {
        return Text.of(Text.CERT, key, args);
    }

    /** "Block 2 (line 31)": blocks counted from 1 as people do. */
    static Text block(int index, int line) {
        return text("what.block", String.valueOf(index + 1), String.valueOf(line));
    }

    /** "DER element 2 (at byte 1200)". */
    static Text derElement(int index, int position) {
        return text("what.derElement", String.valueOf(index + 1), String.valueOf(position));
    }

    static CertificateInputException privateKey(Text what, Object kind) {
        return refusal(InputErrorCode.PRIVATE_KEY, text("refusal.privateKey", what, kind), null);
    }

    static CertificateInputException certificateRequest(Text what, Object kind) {
        return refusal(InputErrorCode.CSR, text("refusal.csr", what, kind), null);
    }

    static CertificateInputException pkcs12(Text what, String source) {
        return refusal(InputErrorCode.PKCS12, text("refusal.pkcs12", what, shellWord(source)), null);
    }

    static CertificateInputException pkcs7(Text what, String source, boolean der) {
        return refusal(InputErrorCode.NOT_A_CERTIFICATE,
            text("refusal.pkcs7", what, der ? " -inform DER" : "", shellWord(source)), null);
    }

    static CertificateInputException notACertificate(Text what, Object description) {
        return refusal(InputErrorCode.NOT_A_CERTIFICATE, text("refusal.notACertificate", what, description), null);
    }

    /** {@code reason} is a {@link Text} of ours or a parser's technical reason (shown as given). */
    static CertificateInputException corrupt(Text what, Object kind, Object reason, Throwable cause) {
        return refusal(InputErrorCode.CORRUPT, text("refusal.corrupt", what, kind, reason), cause);
    }

    static CertificateInputException empty() {
        return refusal(InputErrorCode.EMPTY, text("refusal.empty"), null);
    }

    /** {@code description} is a key {@code noCertificate.<description>}: what the file is instead. */
    static CertificateInputException noCertificate(String description) {
        return refusal(InputErrorCode.NOT_A_CERTIFICATE,
            text("refusal.noCertificate", text("noCertificate." + description)), null);
    }

    /** A file over the limit; {@code size} is -1 when only reading it showed that (a growing or special file). */
    static CertificateInputException tooLarge(long size) {
        Object actual = size < 0 ? text("size.overLimit") : mebibytes(size);
        return refusal(InputErrorCode.TOO_LARGE, text("refusal.tooLarge", actual), null);
    }

    /** {@code reason} is a {@link Text} or the system's technical reason; {@code advice} names a key. */
    static CertificateInputException unreadable(Object reason, String advice, Throwable cause) {
        return refusal(InputErrorCode.UNREADABLE, text("refusal.unreadable", reason, text("unreadable." + advice)),
            cause);
    }

    private static CertificateInputException refusal(InputErrorCode code, Text message, Throwable cause) {
        return new CertificateInputException(code, message, cause);
    }

    private static String mebibytes(long size) {
        return String.format(Locale.ROOT, "%.1f MiB (%d bytes)", size / 1048576.0, size);
    }

    /** The source as one POSIX shell word, quoted only when it needs to be. */
    static String shellWord(String source) {
        if (source.matches("[A-Za-z0-9._/+:@%=-]+")) {
            return source;
        }
        return "'" + source.replace("'", "'\\''") + "'";
    }
}
