package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.util.Locale;
import java.util.Objects;

/**
 * A CA certificate or private key that cannot be used to make a verification certificate. The message is for the
 * operator (what is wrong, what to do) and never holds key material or the password; callers branch on
 * {@link #problem()}.
 */
public final class CaKeyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final CaKeyProblem problem;
    private final transient Text text;

    public CaKeyException(CaKeyProblem problem, String message) {
        this(problem, message, null);
    }

    public CaKeyException(CaKeyProblem problem, String message, Throwable cause) {
        this(problem, Text.plain(message), cause);
    }

    /** A problem said with a text of the cert bundle; {@link #getMessage()} is its English. */
    CaKeyException(CaKeyProblem problem, Text message, Throwable cause) {
        super(message.english(), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.text = message;
    }

    /** The message in any language. */
    public Text text() {
        return text == null ? Text.plain(getMessage()) : text;
    }

    /** The message in {@code locale}'s language. */
    public String messageIn(Locale locale) {
        return text().in(locale);
    }

    public CaKeyProblem problem() {
        return problem;
    }
}
