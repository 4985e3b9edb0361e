package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.util.Locale;
import java.util.Objects;

/**
 * One finding of a {@link DeviceChainCheck}: the item, its verdict and the operator sentence saying why, a key of
 * the cert bundle ({@code chain.*}, {@link Text#CERT}) with its arguments, in English and Chinese.
 *
 * @param item    what was checked
 * @param verdict how it came out
 * @param text    the sentence ({@link Text#key()} and {@link Text#args()} name it for the UI and tests)
 */
public record ChainFinding(ChainCheckItem item, ChainVerdict verdict, Text text) {

    public ChainFinding {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(text, "text");
    }

    static ChainFinding of(ChainCheckItem item, ChainVerdict verdict, String key, Object... args) {
        return new ChainFinding(item, verdict, Refusals.text(key, args));
    }

    /** The sentence in English, as the command line prints it. */
    public String message() {
        return text.english();
    }

    /** The sentence in {@code locale}'s language. */
    public String messageIn(Locale locale) {
        return text.in(locale);
    }
}
