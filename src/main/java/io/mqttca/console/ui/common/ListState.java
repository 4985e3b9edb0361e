package io.mqttca.console.ui.common;

/** What a remote list shows, and so what its placeholder says. */
public enum ListState {
    /** Nothing to list from: no instance (or CA) is selected. */
    NO_TARGET,
    LOADING,
    READY,
    EMPTY,
    NO_MATCH,
    /** The load failed and there are no rows from an earlier load to keep. */
    ERROR
}
