package io.mqttca.console.service;

import java.util.Objects;

/**
 * The outcome of one registration check: the value that passed (a CA certificate, a verification certificate) or
 * the problem that refused it. A refusal is an expected outcome, so it is a value and not an exception; failures of
 * the service itself (the list or the code could not be read) still complete the future exceptionally with a
 * {@link ServiceException}.
 *
 * @param value   what passed, or null when refused
 * @param problem why it was refused, or null when it passed
 * @param <T>     the checked value
 */
public record Checked<T>(T value, RegistrationProblem problem) {

    public Checked {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("Exactly one of value and problem is required");
        }
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Checked<T> refused(RegistrationProblem problem) {
        return new Checked<>(null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean passed() {
        return problem == null;
    }
}
