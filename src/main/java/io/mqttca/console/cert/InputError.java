package io.mqttca.console.cert;

import java.util.Objects;

/**
 * One failure while inspecting an input: the whole file ({@code index} and {@code line} are {@code null}) or
 * one block of it.
 *
 * @param source  the file name or label the input came from
 * @param code    what kind of failure
 * @param message the operator-facing message (what it is, what to do); never contains key material
 * @param index   the 0-based position of the failed block in the file (the numbering that
 *                {@link CertificateDetails#index()} uses), or {@code null} for the whole input
 * @param line    the 1-based line where the failed PEM block starts, or {@code null} (whole input, DER)
 */
public record InputError(String source, InputErrorCode code, String message, Integer index, Integer line) {

    public InputError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** An error about the whole input. */
    public static InputError ofInput(String source, CertificateInputException failure) {
        return new InputError(source, failure.code(), failure.getMessage(), null, null);
    }
}
