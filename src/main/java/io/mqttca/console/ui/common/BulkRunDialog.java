package io.mqttca.console.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * The progress dialog of a {@link BulkRunViewModel}, modal to the main window. Closing it while the run goes on
 * cancels the run instead.
 */
public final class BulkRunDialog implements CustomDialog<Void> {

    private final BulkRunViewModel run;

    public BulkRunDialog(BulkRunViewModel run) {
        this.run = run;
    }

    /** The run the dialog shows. */
    public BulkRunViewModel run() {
        return run;
    }

    @Override
    public Kind kind() {
        return Kind.MODAL;
    }

    @Override
    public ObservableValue<String> title() {
        return run.titleProperty();
    }

    @Override
    public Parent build(FxmlViews views, Runnable close) {
        return views.load(BulkRunView.class, "BulkRun.fxml", new BulkRunView(run, close));
    }

    @Override
    public boolean mayClose() {
        if (run.runningProperty().get()) {
            run.cancel();
            return false;
        }
        return true;
    }
}
