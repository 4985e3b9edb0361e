package io.mqttca.console.ui;

import io.mqttca.console.ui.common.Messages;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The English texts as the real window shows them: under a CJK text font (Linux with Noto CJK installed) its
 * "…" and curly quotes become plain punctuation, so window tests compare against this rather than literals.
 */
public final class WindowTexts {

    private WindowTexts() {
    }

    public static String english(String key, Object... arguments) {
        String pattern = Messages.forTextFont(Messages.bundle(Locale.ENGLISH)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
