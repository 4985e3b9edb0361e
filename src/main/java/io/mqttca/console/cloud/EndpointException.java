package io.mqttca.console.cloud;

import io.mqttca.console.text.Text;

/**
 * A region ID or endpoint URL that the console cannot use. It stays an {@link IllegalArgumentException} for callers
 * that validate input; {@link #getMessage()} is the English sentence (what is wrong, what to enter) and
 * {@link #text()} says it in any language.
 */
public final class EndpointException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    EndpointException(String key, Throwable cause, Object... args) {
        this(Text.of(Text.CLOUD, "endpoint." + key, args), cause);
    }

    private EndpointException(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    /** The message in any language. */
    public Text text() {
        return text == null ? Text.plain(getMessage()) : text;
    }
}
