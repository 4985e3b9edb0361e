package io.mqttca.console.cloud;

/**
 * What went wrong with an OpenAPI call, at the level an operator or a retry decision needs. A service answer with
 * an error {@code Code} is {@link #SERVER_ERROR} or {@link #THROTTLED}; every other kind arose before a usable answer
 * arrived (or was refused locally, {@link #INVALID_REQUEST}, without touching the network).
 */
public enum ErrorKind {
    /** The service answered with an error Code (see {@link MqttApiException#code()}). */
    SERVER_ERROR,
    /** The account's or the API's rate limit was hit (Throttling*, SystemOverFlow, HTTP 429, x-acs-retry-after). */
    THROTTLED,
    /** No answer within the connect or request timeout. */
    NETWORK_TIMEOUT,
    /** Nothing listens at the endpoint's host and port. */
    CONNECTION_REFUSED,
    /** The connection was closed or reset before a complete answer arrived. */
    CONNECTION_RESET,
    /** The endpoint's host name could not be resolved. */
    UNKNOWN_HOST,
    /** The TLS handshake failed (certificate, protocol, interception, or a plain-HTTP server on an https URL). */
    TLS,
    /** Any other I/O failure on the way to the endpoint. */
    NETWORK_ERROR,
    /** An answer arrived but is not a valid API response (not JSON, an HTML page, or a required field missing). */
    MALFORMED_RESPONSE,
    /** Refused locally before sending: a parameter is missing or out of range (code {@code InvalidParameter}). */
    INVALID_REQUEST,
    /** The calling thread was interrupted (the operator cancelled) while waiting to send or to retry. */
    CANCELLED
}
