package io.mqttca.console.ui.profiles;

/** Where the connection of the selected profile stands. */
public enum ConnectionState {
    NONE,
    NOT_AVAILABLE,
    NEEDS_KEY,
    CONNECTING,
    CONNECTED,
    FAILED
}
