package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.util.Locale;
import java.util.Objects;

/**
 * An input (or one block of it) that could not be turned into a certificate. {@link #getMessage()} is the
 * operator-facing message in English: it says what the input is and what to do, and it never contains private key
 * material; {@link #text()} says it in any language. The technical cause, when there is one, is kept as the
 * exception's cause.
 */
public final class CertificateInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final InputErrorCode code;
    private final transient Text text;

    public CertificateInputException(InputErrorCode code, String message) {
        this(code, Text.plain(message), null);
    }

    public CertificateInputException(InputErrorCode code, String message, Throwable cause) {
        this(code, Text.plain(message), cause);
    }

    public CertificateInputException(InputErrorCode code, Text message, Throwable cause) {
        super(Objects.requireNonNull(message, "message").english(), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.text = message;
    }

    public InputErrorCode code() {
        return code;
    }

    /** The message in any language. */
    public Text text() {
        return text == null ? Text.plain(getMessage()) : text;
    }

    /** The message in {@code locale}'s language. */
    public String messageIn(Locale locale) {
        return text().in(locale);
    }
}
