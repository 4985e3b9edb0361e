package io.mqttca.console.ui.common;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The windows of {@link CustomDialog}s: owned by the main window, styled like it, built on first show and reused
 * when the same dialog is shown again. A close request the dialog refuses keeps the window open.
 */
final class CustomWindows {

    private final FxmlViews views;
    private final Supplier<Window> owner;
    private final Map<CustomDialog<?>, Stage> open = new IdentityHashMap<>();

    CustomWindows(FxmlViews views, Supplier<Window> owner) {
        this.views = views;
        this.owner = owner;
    }

    <R> Optional<R> show(CustomDialog<R> dialog) {
        Stage stage = open.computeIfAbsent(dialog, this::newStage);
        if (dialog.kind() == CustomDialog.Kind.WAIT) {
            stage.showAndWait();
            return dialog.result();
        }
        stage.show();
        stage.toFront();
        return Optional.empty();
    }

    private Stage newStage(CustomDialog<?> dialog) {
        Stage stage = new Stage();
        Window window = owner.get();
        if (window != null) {
            stage.initOwner(window);
        }
        if (dialog.kind() != CustomDialog.Kind.WINDOW) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Parent root = dialog.build(views, stage::hide);
        Scene scene = new Scene(root);
        Theme.style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(dialog.title());
        stage.setOnCloseRequest(event -> {
            if (!dialog.mayClose()) {
                event.consume();
            }
        });
        // Esc closes every custom window the way its close box does (a running bulk run cancels instead).
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
                event.consume();
                if (dialog.mayClose()) {
                    stage.hide();
                }
            }
        });
        scene.addPostLayoutPulseListener(() -> DialogSizing.fitContent(stage, root));
        stage.setOnShown(event -> dialog.shown());
        stage.setOnHidden(event -> {
            dialog.hidden();
            if (dialog.kind() != CustomDialog.Kind.WINDOW) {
                // Modal dialogs are built per use unless their owner keeps the object: forget the window.
                open.remove(dialog);
            }
        });
        return stage;
    }
}
