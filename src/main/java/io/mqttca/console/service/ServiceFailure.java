package io.mqttca.console.service;

import io.mqttca.console.text.Text;
import java.util.Locale;

/**
 * Why an operation failed, in the two forms the style guide asks for: operator-facing text (explanation and what
 * to do) and the technical facts support asks for (Code, Message, RequestId, HTTP status). Never holds secrets.
 *
 * @param kind        the kind of failure
 * @param code        the service's error Code, or a client-side code such as {@code InvalidParameter}
 * @param message     the service's Message, verbatim, or the technical cause
 * @param requestId   the RequestId of the failed call, or null when no answer came
 * @param httpStatus  the HTTP status, or 0 when no answer came
 * @param explanation a short sentence saying what went wrong, in plain words, in English (the command line's)
 * @param whatToDo    a short sentence saying what the operator can do about it, in English
 * @param explanationText {@code explanation} in any language ({@link #explanationIn(Locale)})
 * @param whatToDoText    {@code whatToDo} in any language ({@link #whatToDoIn(Locale)})
 */
public record ServiceFailure(FailureKind kind, String code, String message, String requestId, int httpStatus,
                             String explanation, String whatToDo, Text explanationText, Text whatToDoText) {

    public ServiceFailure {
        explanationText = explanationText != null ? explanationText : Text.plain(explanation);
        whatToDoText = whatToDoText != null ? whatToDoText : Text.plain(whatToDo);
    }

    /** A failure whose texts have no translation (they are the same in every language). */
    public ServiceFailure(FailureKind kind, String code, String message, String requestId, int httpStatus,
                          String explanation, String whatToDo) {
        this(kind, code, message, requestId, httpStatus, explanation, whatToDo, null, null);
    }

    /** A failure from texts of a bundle: English for the command line, any language for the window. */
    public static ServiceFailure of(FailureKind kind, String code, String message, String requestId, int httpStatus,
                                    Text explanation, Text whatToDo) {
        return new ServiceFailure(kind, code, message, requestId, httpStatus, englishOf(explanation),
            englishOf(whatToDo), explanation, whatToDo);
    }

    /** A failure raised by the console itself before anything was sent. */
    public static ServiceFailure local(FailureKind kind, String code, String explanation, String whatToDo) {
        return new ServiceFailure(kind, code, explanation, null, 0, explanation, whatToDo);
    }

    /** A failure raised by the console itself, with texts of a bundle. */
    public static ServiceFailure local(FailureKind kind, String code, Text explanation, Text whatToDo) {
        return of(kind, code, englishOf(explanation), null, 0, explanation, whatToDo);
    }

    /** The texts of the service layer's bundle ({@link Text#SERVICE}). */
    static Text text(String key, Object... args) {
        return Text.of(Text.SERVICE, key, args);
    }

    /** What went wrong, in {@code locale}'s language. */
    public String explanationIn(Locale locale) {
        return explanation == null ? null : explanationText.in(locale);
    }

    /** What the operator can do, in {@code locale}'s language (null when there is nothing to say). */
    public String whatToDoIn(Locale locale) {
        return whatToDo == null ? null : whatToDoText.in(locale);
    }

    private static String englishOf(Text text) {
        return text == null ? null : text.english();
    }

    /**
     * True when the failure came from an answer of the service (it has a RequestId or an HTTP status); false for
     * one the console raised itself (no credentials, a bad endpoint), whose code is the console's own and means
     * nothing to the operator or to support.
     */
    public boolean answeredByService() {
        return (requestId != null && !requestId.isEmpty()) || httpStatus > 0;
    }

    /**
     * True when the service refused the call for lack of permission (or does not offer it to this account): the key
     * itself works, so a connection test counts as passed and the console offers adding instances by id instead.
     */
    public boolean isPermissionRefusal() {
        String refusal = code == null ? "" : code;
        return kind == FailureKind.SERVER && (refusal.equals("PermissionCheckFailed") || refusal.startsWith("Forbidden")
            || refusal.equals("InstancePermissionCheckFailed") || refusal.equals("ApiNotSupport"));
    }

    /** The three facts support asks for, one per line, ready to copy. */
    public String supportText() {
        return "Code: " + nullToDash(code) + "\nMessage: " + nullToDash(message) + "\nRequestId: "
            + nullToDash(requestId) + (httpStatus > 0 ? "\nHTTP status: " + httpStatus : "");
    }

    private static String nullToDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
