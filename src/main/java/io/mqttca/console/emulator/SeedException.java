package io.mqttca.console.emulator;

/** A seed the emulator was asked for cannot be made from its database; the message says why and what to do. */
public final class SeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SeedException(String message) {
        super(message);
    }

    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
