package io.mqttca.console.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What runs on a table row ("Activating..."), shown in place of its status badge; idle when the text is empty. The
 * properties are made when first asked for (by a cell on screen): a list of 100,000 rows need not hold 200,000.
 */
public final class RowActivity {

    private String current;
    private ReadOnlyBooleanWrapper busy;
    private ReadOnlyStringWrapper text;

    /** Marks the row as busy with {@code activityText}, or idle again when it is null. */
    public void set(String activityText) {
        current = activityText;
        if (text != null) {
            text.set(activityText == null ? "" : activityText);
        }
        if (busy != null) {
            busy.set(activityText != null);
        }
    }

    public boolean isBusy() {
        return current != null;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        if (busy == null) {
            busy = new ReadOnlyBooleanWrapper(current != null);
        }
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        if (text == null) {
            text = new ReadOnlyStringWrapper(current == null ? "" : current);
        }
        return text.getReadOnlyProperty();
    }
}
