package io.mqttca.console.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible strings, English and Simplified Chinese, chosen from the default locale unless the operator
 * picked a language in View &gt; Language.
 */
public final class Messages {

    public static final String BUNDLE = "io.mqttca.console.i18n.messages";

    /** The language tags the console offers in View &gt; Language. */
    public static final String ENGLISH = "en";
    public static final String SIMPLIFIED_CHINESE = "zh-CN";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return bundle(Locale.getDefault());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /**
     * The strings as the window's font draws them well: Chinese keeps its own punctuation; other languages get plain
     * "..." and quotes when the text font is a CJK one ({@link Theme#useFontFor}), which draws them the Chinese way.
     */
    public static ResourceBundle forTextFont(ResourceBundle bundle) {
        boolean chinese = "zh".equals(bundle.getLocale().getLanguage());
        return Theme.usesCjkTextFont() && !chinese ? new PlainPunctuationBundle(bundle) : bundle;
    }

    /** The locale for a language setting: the tag's, or the system's when the tag is null. */
    public static Locale locale(String languageTag) {
        return languageTag == null ? Locale.getDefault() : Locale.forLanguageTag(languageTag);
    }
}
