package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.util.Locale;
import java.util.Objects;

/**
 * One failure while inspecting an input: the whole file ({@code index} and {@code line} are {@code null}) or
 * one block of it.
 *
 * @param source  the file name or label the input came from
 * @param code    what kind of failure
 * @param message the operator-facing message in English (what it is, what to do); never contains key material
 * @param index   the 0-based position of the failed block in the file (the numbering that
 *                {@link CertificateDetails#index()} uses), or {@code null} for the whole input
 * @param line    the 1-based line where the failed PEM block starts, or {@code null} (whole input, DER)
 * @param text    {@code message} in any language ({@link #messageIn(Locale)})
 */
public record InputError(String source, InputErrorCode code, String message, Integer index, Integer line,
                         Text text) {

    public InputError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        text = text != null ? text : Text.plain(message);
    }

    /** An error whose message has no translation. */
    public InputError(String source, InputErrorCode code, String message, Integer index, Integer line) {
        this(source, code, message, index, line, null);
    }

    /** An error from a message of the cert bundle. */
    public InputError(String source, InputErrorCode code, Text message, Integer index, Integer line) {
        this(source, code, message.english(), index, line, message);
    }

    /** An error about the whole input. */
    public static InputError ofInput(String source, CertificateInputException failure) {
        return new InputError(source, failure.code(), failure.text(), null, null);
    }

    /** An error about one block of the input. */
    static InputError ofBlock(String source, CertificateInputException failure, Integer index, Integer line) {
        return new InputError(source, failure.code(), failure.text(), index, line);
    }

    /** The message in {@code locale}'s language. */
    public String messageIn(Locale locale) {
        return text.in(locale);
    }
}
