package io.mqttca.console.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * An operator-facing sentence that is not yet in a language: a bundle base name, a key and the arguments of the
 * key's {@link MessageFormat} pattern. {@link #in(Locale)} says it in a language; an argument that is itself a
 * {@code Text} is said in the same language. Each layer keeps its sentences in its own bundle
 * ({@code io/mqttca/console/<layer>/explanations*.properties}); {@link #plain(String)} wraps a sentence that has
 * no translation (a service's own message) so that it can travel the same way. The English bundle is the base
 * bundle; {@link #english()} is what the command line prints. Depends on no layer of the console.
 *
 * @param bundle the bundle's base name, or null for a plain text
 * @param key    the key in the bundle, or the text itself when {@code bundle} is null
 * @param args   the pattern's arguments (strings or {@code Text}s; null shows as nothing;
 *               pass numbers as strings, patterns format with no digit grouping only then)
 */
public record Text(String bundle, String key, List<Object> args) {

    /** The bundle base name of each layer. */
    public static final String CLOUD = "io.mqttca.console.cloud.explanations";
    public static final String CERT = "io.mqttca.console.cert.explanations";
    public static final String SERVICE = "io.mqttca.console.service.explanations";

    private static final ResourceBundle.Control NO_FALLBACK =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    public Text {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** The text of {@code key} in {@code bundle}, with its arguments. */
    public static Text of(String bundle, String key, Object... args) {
        Objects.requireNonNull(bundle, "bundle");
        return new Text(bundle, key, Arrays.asList(args));
    }

    /** A text that is the same in every language (a service's message, a file name). */
    public static Text plain(String text) {
        return new Text(null, text == null ? "" : text, List.of());
    }

    /** The text in {@code locale}'s language; English for a language without a bundle. */
    public String in(Locale locale) {
        if (bundle == null) {
            return key;
        }
        Locale language = locale == null ? Locale.ROOT : locale;
        ResourceBundle strings = ResourceBundle.getBundle(bundle, language, NO_FALLBACK);
        String pattern;
        try {
            pattern = strings.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            values[i] = arg instanceof Text text ? text.in(language) : arg == null ? "" : arg;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(values);
    }

    /** The text as the command line and the logs show it. */
    public String english() {
        return in(Locale.ROOT);
    }

    @Override
    public String toString() {
        return english();
    }
}
