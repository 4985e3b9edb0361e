package io.mqttca.console.service;

/**
 * The outcome of one item of a (bulk) change: the Sn acted on and either the RequestId of the success or the
 * failure.
 *
 * @param sn        the Sn (of a CA or a device certificate)
 * @param action    what was attempted
 * @param requestId the RequestId of the successful call, or of the failed one when the service answered
 * @param failure   null on success
 */
public record ItemResult(String sn, ChangeAction action, String requestId, ServiceFailure failure) {

    public static ItemResult success(String sn, ChangeAction action, String requestId) {
        return new ItemResult(sn, action, requestId, null);
    }

    public static ItemResult failed(String sn, ChangeAction action, ServiceFailure failure) {
        return new ItemResult(sn, action, failure.requestId(), failure);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
