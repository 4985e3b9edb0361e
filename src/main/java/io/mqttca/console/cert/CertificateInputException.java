package io.mqttca.console.cert;

import java.util.Objects;

/**
 * An input (or one block of it) that could not be turned into a certificate. {@link #getMessage()} is the
 * operator-facing message: it says what the input is and what to do, and it never contains private key
 * material. The technical cause, when there is one, is kept as the exception's cause.
 */
public final class CertificateInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final InputErrorCode code;

    public CertificateInputException(InputErrorCode code, String message) {
        this(code, message, null);
    }

    public CertificateInputException(InputErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public InputErrorCode code() {
        return code;
    }
}
