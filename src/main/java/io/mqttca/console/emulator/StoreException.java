package io.mqttca.console.emulator;

/** The emulator's database failed (cannot open the file, a statement failed); the cause says why. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
