package io.mqttca.console.ui.certificates;

/**
 * Shows the progress of a change over several certificates. The window opens the progress dialog; view-model
 * tests record the run and drive it themselves.
 */
@FunctionalInterface
public interface BulkRunPresenter {

    /** Shows {@code run}, which has already been started. */
    void show(BulkRunViewModel run);
}
