package io.mqttca.console.service;

import java.util.Objects;

/** The one exception the service layer completes its futures with; it carries a {@link ServiceFailure}. */
public final class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ServiceFailure failure;

    public ServiceException(ServiceFailure failure, Throwable cause) {
        super(Objects.requireNonNull(failure, "failure").explanation()
            + (failure.code() == null ? "" : " [" + failure.code() + "]"), cause);
        this.failure = failure;
    }

    public ServiceFailure failure() {
        return failure;
    }
}
