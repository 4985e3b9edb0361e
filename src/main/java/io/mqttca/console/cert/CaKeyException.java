package io.mqttca.console.cert;

import java.util.Objects;

/**
 * A CA certificate or private key that cannot be used to make a verification certificate. The message is for the
 * operator (what is wrong, what to do) and never holds key material or the password; callers branch on
 * {@link #problem()}.
 */
public final class CaKeyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final CaKeyProblem problem;

    public CaKeyException(CaKeyProblem problem, String message) {
        this(problem, message, null);
    }

    public CaKeyException(CaKeyProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public CaKeyProblem problem() {
        return problem;
    }
}
