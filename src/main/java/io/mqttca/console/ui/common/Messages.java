package io.mqttca.console.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;

/** The user-visible strings, English and Simplified Chinese, chosen from the default locale. */
public final class Messages {

    public static final String BUNDLE = "io.mqttca.console.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return bundle(Locale.getDefault());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}
