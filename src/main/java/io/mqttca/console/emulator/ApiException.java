package io.mqttca.console.emulator;

/**
 * An error answer of the emulator: the HTTP status and the {@code Code} and {@code Message} of the standard error
 * body. Handlers throw it; the exchange handler turns it into the response. {@link ApiErrors} builds the
 * documented ones.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;

    public ApiException(int httpStatus, String code, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }
}
