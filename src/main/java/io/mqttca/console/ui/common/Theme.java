package io.mqttca.console.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;

/**
 * The look of the console: AtlantaFX Primer light or dark as the user-agent stylesheet, plus the small application
 * stylesheet (badges, status bar, placeholders) that uses the theme's colour variables so it reads well in both.
 */
public final class Theme {

    private static final URL APP_STYLESHEET = Objects.requireNonNull(Theme.class.getResource("app.css"), "app.css");

    /** Families that show Simplified Chinese well, in order of preference (Windows, macOS, Linux). */
    private static final List<String> CHINESE_FAMILIES = List.of("Microsoft YaHei UI", "Microsoft YaHei",
        "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei");

    private static volatile String fontFamily;

    private Theme() {
    }

    /**
     * Chooses the text font for {@code locale}: for Chinese, the first installed family of a preference list, since
     * JavaFX's own fallback does not reach CJK fonts on every desktop. On Linux the same holds in every language,
     * because certificate names and subjects can be Chinese whatever the interface language is (JavaFX there drew
     * them as boxes); elsewhere other languages keep the platform default.
     */
    public static void useFontFor(Locale locale) {
        fontFamily = null;
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if ("zh".equals(locale.getLanguage()) || linux) {
            List<String> installed = Font.getFamilies();
            fontFamily = CHINESE_FAMILIES.stream().filter(installed::contains).findFirst().orElse(null);
        }
    }

    /** True when the text font chosen is a CJK one (see {@link Messages#forTextFont}). */
    public static boolean usesCjkTextFont() {
        return fontFamily != null;
    }

    /** Switches the whole application to the light or dark theme (UI thread). */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the application stylesheet (and the chosen font) to a scene. */
    public static void style(Scene scene) {
        String url = APP_STYLESHEET.toExternalForm();
        if (!scene.getStylesheets().contains(url)) {
            scene.getStylesheets().add(url);
        }
        if (fontFamily != null && scene.getRoot() != null) {
            scene.getRoot().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        }
    }

    /** Adds the application stylesheet to a dialog. */
    public static void style(DialogPane pane) {
        String url = APP_STYLESHEET.toExternalForm();
        if (!pane.getStylesheets().contains(url)) {
            pane.getStylesheets().add(url);
        }
        if (fontFamily != null) {
            pane.setStyle("-fx-font-family: \"" + fontFamily + "\";");
        }
    }
}
