package io.mqttca.console.ui.register;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state of one step of the Register wizard: its value, its inline error and whether its own task is running.
 * Each task started on the step gets a ticket; only the latest ticket may finish the step, so an answer that was
 * overtaken (a second file chosen, the wizard reset) neither lands nor clears the busy flag of the task after it.
 *
 * @param <T> the step's value
 */
final class WizardStep<T> {

    private final T empty;
    private final ReadOnlyObjectWrapper<T> value;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long ticket;

    /** @param empty the value of a step that has nothing yet (null, or "" for text) */
    WizardStep(T empty) {
        this.empty = empty;
        this.value = new ReadOnlyObjectWrapper<>(empty);
    }

    /** A task starts on this step: the step is busy until that task finishes or is overtaken. */
    long start() {
        busy.set(true);
        return ++ticket;
    }

    /** True (and the step no longer busy) when {@code task} is the step's latest task; false for a stale one. */
    boolean finish(long task) {
        if (task != ticket) {
            return false;
        }
        busy.set(false);
        return true;
    }

    /** Drops the task in flight, if any: its answer will not land. */
    void cancel() {
        ticket++;
        busy.set(false);
    }

    /** Forgets the step: no task, no value, no error. */
    void reset() {
        cancel();
        value.set(empty);
        error.set("");
    }

    void show(T newValue, String newError) {
        value.set(newValue);
        error.set(newError);
    }

    T value() {
        return value.get();
    }

    void setValue(T newValue) {
        value.set(newValue);
    }

    void setError(String newError) {
        error.set(newError);
    }

    ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
