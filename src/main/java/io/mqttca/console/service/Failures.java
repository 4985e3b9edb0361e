package io.mqttca.console.service;

import io.mqttca.console.cloud.CredentialsException;
import io.mqttca.console.cloud.MqttApiException;
import io.mqttca.console.text.Text;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what the client throws into the service layer's {@link ServiceFailure}. */
final class Failures {

    /** The code of a failure that is a defect of the console. */
    static final String INTERNAL = "Internal";

    private static final Logger LOG = System.getLogger(Failures.class.getName());

    private Failures() {
    }

    static ServiceFailure of(MqttApiException e) {
        return ServiceFailure.of(kindOf(e), e.code(), e.serverMessage() != null ? e.serverMessage() : e.getMessage(),
            e.requestId(), e.httpStatus(), e.explanationText(), e.whatToDoText());
    }

    static ServiceFailure of(CredentialsException e) {
        return ServiceFailure.local(FailureKind.CREDENTIALS, "Credentials." + e.problem().name(),
            e.text(), ServiceFailure.text("credentials.whatToDo"));
    }

    static ServiceFailure cancelled() {
        return ServiceFailure.local(FailureKind.CANCELLED, "Cancelled", ServiceFailure.text("cancelled.explanation"),
            ServiceFailure.text("cancelled.whatToDo"));
    }

    /** The code of an item a bulk run did not send because the endpoint had stopped answering. */
    static final String NOT_ATTEMPTED_CODE = "NotAttempted";

    /** An item not sent: the endpoint stopped answering after {@code finished} items, {@code unsent} were left. */
    static ServiceFailure notAttempted(int finished, int unsent) {
        return ServiceFailure.local(FailureKind.NETWORK, NOT_ATTEMPTED_CODE,
            ServiceFailure.text("notAttempted.explanation", String.valueOf(finished), String.valueOf(unsent)),
            ServiceFailure.text("notAttempted.whatToDo"));
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
        // The exception's class is for the log; the operator's texts stay plain, the technical cause is the Message.
        LOG.log(Level.WARNING, "Unexpected error in a service operation", cause);
        Text explanation = ServiceFailure.text("internal.explanation");
        return ServiceFailure.of(FailureKind.INTERNAL, INTERNAL,
            cause.getMessage() == null ? explanation.english() : cause.getMessage(), null, 0, explanation,
            ServiceFailure.text("internal.whatToDo"));
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
