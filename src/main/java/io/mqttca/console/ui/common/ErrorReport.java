package io.mqttca.console.ui.common;

import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.ServiceFailure;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What the error dialog shows: a title, what went wrong and what to do in plain words, the Code, Message and
 * RequestId support asks for, and the technical details (shown collapsed).
 *
 * @param title       the dialog's title ("Activation failed")
 * @param failure     the failure (kind, code, message, RequestId, explanation, what to do)
 * @param details     technical details for the collapsed section (support text, stack trace for defects)
 */
public record ErrorReport(String title, ServiceFailure failure, String details) {

    /** A report for a failure the service layer described. */
    public static ErrorReport of(String title, ServiceFailure failure) {
        return new ErrorReport(title, failure, failure.supportText());
    }

    /**
     * A report for anything thrown: a {@link ServiceException} (possibly wrapped by a future) gives its failure;
     * anything else is a defect of the console, described with {@code context}'s generic wording and its stack trace.
     */
    public static ErrorReport of(String title, Throwable error, UiContext context) {
        ServiceFailure failure = failureOf(error, context);
        if (failure.kind() == FailureKind.INTERNAL && !(unwrap(error) instanceof ServiceException)) {
            return new ErrorReport(title, failure, failure.supportText() + "\n\n" + stackTrace(unwrap(error)));
        }
        return of(title, failure);
    }

    /**
     * The failure behind {@code error}, or an INTERNAL one for anything that is not a service failure. A failure the
     * service answered also becomes the status bar's last RequestId: support asks for the failed call's, too.
     */
    public static ServiceFailure failureOf(Throwable error, UiContext context) {
        Throwable cause = unwrap(error);
        if (cause instanceof ServiceException) {
            ServiceFailure failure = ((ServiceException) cause).failure();
            context.status().requestId(failure.requestId());
            return failure;
        }
        // The exception's class stays in the technical details (the stack trace), out of the operator's texts.
        String message = cause.getMessage() == null ? context.text("error.unexpected.explanation") : cause.getMessage();
        return new ServiceFailure(FailureKind.INTERNAL, "Internal", message, null, 0,
            context.text("error.unexpected.explanation"), context.text("error.unexpected.whatToDo"));
    }

    /** The cause a future or executor wrapped around the real error. */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
            && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
