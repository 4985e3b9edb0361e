package io.mqttca.console.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * A dialog or window with content of its own (the profile editor, the bulk progress, the Register wizard, the import
 * window), opened the one way every dialog opens: {@link DialogService#showCustom(CustomDialog)}. A feature builds
 * one around its view model; {@link FxDialogService} puts it in a window owned by the main window; a test's
 * recording dialog service answers it without a toolkit. Showing the same object again reuses its window.
 *
 * @param <R> what the dialog answers when it closes (WAIT dialogs)
 */
public interface CustomDialog<R> {

    /** How the window behaves. */
    enum Kind {
        /** Modal; {@code showCustom} returns the answer once the window closes. */
        WAIT,
        /** Modal to the main window; {@code showCustom} returns at once (progress dialogs, wizards). */
        MODAL,
        /** Not modal: the operator keeps working in the main window. */
        WINDOW
    }

    Kind kind();

    /** The window title. */
    ObservableValue<String> title();

    /** Builds the content once; {@code close} hides the window. Called on the UI thread. */
    Parent build(FxmlViews views, Runnable close);

    /** The answer, read when a WAIT dialog has closed; empty when it was cancelled. */
    default java.util.Optional<R> result() {
        return java.util.Optional.empty();
    }

    /** The operator asked to close the window; false keeps it open (a running bulk run cancels instead). */
    default boolean mayClose() {
        return true;
    }

    /** Called when the window was shown (to put the focus somewhere useful). */
    default void shown() {
    }

    /** Called when the window was hidden (to forget what the operator entered). */
    default void hidden() {
    }
}
