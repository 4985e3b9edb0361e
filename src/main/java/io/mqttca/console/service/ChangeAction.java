package io.mqttca.console.service;

/** The state-changing operations the console performs; each one is written to the change journal. */
public enum ChangeAction {
    ACTIVATE_CA,
    DEACTIVATE_CA,
    DELETE_CA,
    REGISTER_CA,
    ACTIVATE_DEVICE,
    DEACTIVATE_DEVICE,
    DELETE_DEVICE;

    /** Whether repeating the call after an unclear failure is harmless (status flips are idempotent). */
    public boolean isIdempotent() {
        return this == ACTIVATE_CA || this == DEACTIVATE_CA || this == ACTIVATE_DEVICE || this == DEACTIVATE_DEVICE;
    }
}
