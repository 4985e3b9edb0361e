package io.mqttca.console.ui.common;

import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The strings of a Latin-script language for a window drawn with a CJK font (on Linux the only fonts that also show
 * Chinese certificate names): such fonts draw "…" as a centred "⋯" and curly quotes full width, so here they become
 * "..." and straight quotes, which every font draws alike.
 */
final class PlainPunctuationBundle extends ResourceBundle {

    private final ResourceBundle strings;

    PlainPunctuationBundle(ResourceBundle strings) {
        this.strings = strings;
    }

    static String plain(String text) {
        return text.replace("\u2026", "...").replace('\u201c', '"').replace('\u201d', '"')
            .replace('\u2018', '\'').replace('\u2019', '\'');
    }

    @Override
    protected Object handleGetObject(String key) {
        Object value = strings.getObject(key);
        return value instanceof String text ? plain(text) : value;
    }

    @Override
    public Enumeration<String> getKeys() {
        return strings.getKeys();
    }

    @Override
    public Locale getLocale() {
        return strings.getLocale();
    }
}
