package io.mqttca.console.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's state, shared by every screen: the connected profile and endpoint, the RequestId of the last
 * call that answered, a short message about the last thing done, and how much background work is running. Used on
 * the UI thread only.
 */
public final class StatusModel {

    private final ReadOnlyStringWrapper profile = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endpoint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastRequestId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper runningWork = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding busy = Bindings.greaterThan(runningWork, 0);

    /** Shows which profile and endpoint the window is connected to (empty strings when none). */
    public void connection(String profileName, String endpointUrl) {
        profile.set(profileName == null ? "" : profileName);
        endpoint.set(endpointUrl == null ? "" : endpointUrl);
        connected.set(!endpoint.get().isEmpty());
    }

    /** Shows that the profile is selected but not connected, with a short note in place of the endpoint. */
    public void notConnected(String profileName, String note) {
        profile.set(profileName == null ? "" : profileName);
        endpoint.set(note == null ? "" : note);
        connected.set(false);
    }

    /** True while the status bar shows a reachable endpoint. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** Remembers the RequestId of a call that answered (ignored when null or empty). */
    public void requestId(String requestId) {
        if (requestId != null && !requestId.isEmpty()) {
            lastRequestId.set(requestId);
        }
    }

    public void message(String text) {
        message.set(text == null ? "" : text);
    }

    /** Marks the start of one piece of background work; pair with {@link #endWork()}. */
    public void beginWork() {
        runningWork.set(runningWork.get() + 1);
    }

    public void endWork() {
        runningWork.set(Math.max(0, runningWork.get() - 1));
    }

    public ReadOnlyStringProperty profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endpointProperty() {
        return endpoint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastRequestIdProperty() {
        return lastRequestId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty runningWorkProperty() {
        return runningWork.getReadOnlyProperty();
    }

    public BooleanBinding busyBinding() {
        return busy;
    }
}
