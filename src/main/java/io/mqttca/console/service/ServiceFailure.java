package io.mqttca.console.service;

/**
 * Why an operation failed, in the two forms the style guide asks for: operator-facing text (explanation and what
 * to do) and the technical facts support asks for (Code, Message, RequestId, HTTP status). Never holds secrets.
 *
 * @param kind        the kind of failure
 * @param code        the service's error Code, or a client-side code such as {@code InvalidParameter}
 * @param message     the service's Message, verbatim, or the technical cause
 * @param requestId   the RequestId of the failed call, or null when no answer came
 * @param httpStatus  the HTTP status, or 0 when no answer came
 * @param explanation a short sentence saying what went wrong, in plain words
 * @param whatToDo    a short sentence saying what the operator can do about it
 */
public record ServiceFailure(FailureKind kind, String code, String message, String requestId, int httpStatus,
                             String explanation, String whatToDo) {

    /** A failure raised by the console itself before anything was sent. */
    public static ServiceFailure local(FailureKind kind, String code, String explanation, String whatToDo) {
        return new ServiceFailure(kind, code, explanation, null, 0, explanation, whatToDo);
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
