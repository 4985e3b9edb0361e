package io.mqttca.console.service;

import io.mqttca.console.cloud.CredentialsException;
import io.mqttca.console.cloud.MqttApiException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what the client throws into the service layer's {@link ServiceFailure}. */
final class Failures {

    private Failures() {
    }

    static ServiceFailure of(MqttApiException e) {
        return new ServiceFailure(kindOf(e), e.code(), e.serverMessage() != null ? e.serverMessage() : e.getMessage(),
            e.requestId(), e.httpStatus(), e.explanation(), e.whatToDo());
    }

    static ServiceFailure of(CredentialsException e) {
        return ServiceFailure.local(FailureKind.CREDENTIALS, "Credentials." + e.problem().name(), e.getMessage(),
            "Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or choose an aliyun CLI profile "
                + "in AK or StsToken mode, or type a key in for this session.");
    }

    static ServiceFailure cancelled() {
        return ServiceFailure.local(FailureKind.CANCELLED, "Cancelled",
            "Cancelled before it was sent; nothing was changed for this item.", "Run the action again for it.");
    }

    /** Any throwable from a worker, unwrapped and mapped; unknown ones are console defects. */
    static ServiceFailure of(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof ServiceException serviceException) {
            return serviceException.failure();
        }
        if (cause instanceof MqttApiException apiException) {
            return of(apiException);
        }
        if (cause instanceof CredentialsException credentialsException) {
            return of(credentialsException);
        }
        if (cause instanceof CancellationException || cause instanceof InterruptedException) {
            return cancelled();
        }
        return ServiceFailure.local(FailureKind.INTERNAL, cause.getClass().getSimpleName(),
            "The console hit an unexpected error: " + cause.getMessage(),
            "Try again; if it persists, report it with the technical details.");
    }

    static ServiceException exception(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        return cause instanceof ServiceException serviceException ? serviceException
            : new ServiceException(of(cause), cause);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
            && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static FailureKind kindOf(MqttApiException e) {
        return switch (e.kind()) {
            case SERVER_ERROR -> FailureKind.SERVER;
            case THROTTLED -> FailureKind.THROTTLED;
            case MALFORMED_RESPONSE -> FailureKind.MALFORMED_RESPONSE;
            case INVALID_REQUEST -> FailureKind.INVALID_INPUT;
            case CANCELLED -> FailureKind.CANCELLED;
            case NETWORK_TIMEOUT, CONNECTION_REFUSED, CONNECTION_RESET, UNKNOWN_HOST, TLS, NETWORK_ERROR ->
                FailureKind.NETWORK;
        };
    }
}
