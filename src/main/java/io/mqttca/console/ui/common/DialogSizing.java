package io.mqttca.console.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Keeps a dialog as tall as its content: when a message, an error or a result makes the content taller than the
 * window, the window grows (within the screen, moving up if it must) so the buttons at the bottom stay visible.
 * It never shrinks a window the operator made larger.
 */
final class DialogSizing {

    private DialogSizing() {
    }

    static void fitContent(Stage stage, Parent root) {
        if (!stage.isShowing() || stage.getScene() == null) {
            return;
        }
        double sceneWidth = stage.getScene().getWidth();
        double sceneHeight = stage.getScene().getHeight();
        double needed = Math.ceil(root.prefHeight(sceneWidth));
        double minWidth = Math.ceil(root.minWidth(-1));
        double decoration = stage.getHeight() - sceneHeight;
        stage.setMinWidth(Math.max(stage.getMinWidth(), minWidth + (stage.getWidth() - sceneWidth)));
        if (needed <= sceneHeight + 0.5) {
            return;
        }
        Rectangle2D screen = screenOf(stage);
        double height = Math.min(needed + decoration, screen.getHeight());
        // Width and height together: GTK refuses a height-only resize of a window sized by its scene.
        stage.setWidth(stage.getWidth());
        stage.setHeight(height);
        if (stage.getY() + height > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
        }
    }

    private static Rectangle2D screenOf(Stage stage) {
        return Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
            Math.max(1, stage.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}
