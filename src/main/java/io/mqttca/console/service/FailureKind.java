package io.mqttca.console.service;

/** What kind of thing went wrong, so callers can choose wording and whether a retry makes sense. */
public enum FailureKind {
    /** The service answered with an error Code (see the failure's code, message and RequestId). */
    SERVER,
    /** The service refused the call because of flow control; retrying later helps. */
    THROTTLED,
    /** No answer: timeout, refused or reset connection, TLS failure, unknown host. */
    NETWORK,
    /** The service answered with something that is not the documented JSON. */
    MALFORMED_RESPONSE,
    /** The request was refused before sending: a missing or invalid parameter. */
    INVALID_INPUT,
    /** No usable credentials could be found or they are malformed. */
    CREDENTIALS,
    /** The operator cancelled the work. */
    CANCELLED,
    /** A defect in the console itself. */
    INTERNAL
}
