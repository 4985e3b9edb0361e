package io.mqttca.console.service;

/**
 * Where a local certificate stands against the CA certificates registered on an instance. A serial that is
 * registered wins over the local checks (the operator can act on it); for one that is not, a certificate that is
 * not a CA is {@link #NOT_A_CA} even when it is also expired.
 */
public enum MatchState {
    /** Its serial is registered and the CA is active. */
    REGISTERED_ACTIVE,
    /** Its serial is registered and the CA is inactive (it can be activated). */
    REGISTERED_INACTIVE,
    /** A valid CA certificate whose serial is not registered (it can be registered). */
    NOT_REGISTERED,
    /** Not a CA certificate (no basicConstraints CA=true): it cannot be registered as a CA. */
    NOT_A_CA,
    /** A CA certificate, not registered, whose validity has ended. */
    EXPIRED;

    public boolean isRegistered() {
        return this == REGISTERED_ACTIVE || this == REGISTERED_INACTIVE;
    }
}
