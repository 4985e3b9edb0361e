package io.mqttca.console.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * The look of the console: AtlantaFX Primer light or dark as the user-agent stylesheet, plus the small application
 * stylesheet (badges, status bar, placeholders) that uses the theme's colour variables so it reads well in both.
 */
public final class Theme {

    private static final URL APP_STYLESHEET = Objects.requireNonNull(Theme.class.getResource("app.css"), "app.css");

    private Theme() {
    }

    /** Switches the whole application to the light or dark theme (UI thread). */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the application stylesheet to a scene. */
    public static void style(Scene scene) {
        String url = APP_STYLESHEET.toExternalForm();
        if (!scene.getStylesheets().contains(url)) {
            scene.getStylesheets().add(url);
        }
    }

    /** Adds the application stylesheet to a dialog. */
    public static void style(DialogPane pane) {
        String url = APP_STYLESHEET.toExternalForm();
        if (!pane.getStylesheets().contains(url)) {
            pane.getStylesheets().add(url);
        }
    }
}
