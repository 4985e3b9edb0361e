package io.mqttca.console.app;

import io.mqttca.console.service.ConsoleSettings;
import java.io.IOException;
import java.io.InputStream;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window where the settings say, when that is still on a screen, and gives it its icons. */
final class WindowPlacement {

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    /** Narrower than this, profile names and instance ids are cut to a few letters. */
    private static final double MIN_SIDEBAR = 165;
    private static final double DEFAULT_SIDEBAR_SHARE = 0.17;
    private static final double MAX_SIDEBAR_SHARE = 0.35;

    private WindowPlacement() {
    }

    /** Size and position from {@code settings}, clamped to the primary screen; centred when the spot is gone. */
    static void place(Stage stage, ConsoleSettings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(settings.windowWidth(), screen.getWidth()));
        stage.setHeight(Math.min(settings.windowHeight(), screen.getHeight()));
        if (!Double.isNaN(settings.windowX()) && !Double.isNaN(settings.windowY())
            && !Screen.getScreensForRectangle(new Rectangle2D(settings.windowX(), settings.windowY(),
            Math.min(200, settings.windowWidth()), Math.min(100, settings.windowHeight()))).isEmpty()) {
            // A window saved on a larger screen is pulled back whole onto this one.
            Rectangle2D spot = Screen.getScreensForRectangle(settings.windowX(), settings.windowY(), 1, 1).stream()
                .findFirst().map(Screen::getVisualBounds).orElse(screen);
            stage.setX(Math.max(spot.getMinX(), Math.min(settings.windowX(), spot.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(spot.getMinY(), Math.min(settings.windowY(), spot.getMaxY() - stage.getHeight())));
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.maximized());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
    }

    /**
     * The sidebar's divider from {@code settings}, unless it no longer fits a window {@code width} wide (dragged
     * almost shut, or saved on a wider screen): then the first run's.
     */
    static double sidebarDivider(ConsoleSettings settings, double width) {
        double sidebar = settings.leftDivider() * width;
        boolean fits = sidebar >= MIN_SIDEBAR && sidebar <= MAX_SIDEBAR_SHARE * width;
        return fits ? settings.leftDivider() : defaultSidebar(width);
    }

    /** A sixth of the window, within what the sidebar's names need and what the table can spare. */
    private static double defaultSidebar(double width) {
        return Math.max(MIN_SIDEBAR, Math.min(DEFAULT_SIDEBAR_SHARE * width, 260)) / width;
    }

    /** The window's icon in every rendition the application carries. */
    static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = WindowPlacement.class.getResourceAsStream("icons/mqtt-ca-console-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (IOException e) {
                // A missing icon rendition leaves the platform's default icon; the window works the same.
                continue;
            }
        }
    }

    /** The settings with the window's bounds now (the last unmaximized ones while it is maximized). */
    static ConsoleSettings withBounds(ConsoleSettings settings, Stage stage, ConsoleSettings initial) {
        if (stage.isMaximized()) {
            return settings.withWindow(initial.windowX(), initial.windowY(), initial.windowWidth(),
                initial.windowHeight(), true);
        }
        return settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }
}
