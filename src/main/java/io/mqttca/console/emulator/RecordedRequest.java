package io.mqttca.console.emulator;

import java.util.Map;

/**
 * A request the emulator served, as tests see it afterwards.
 *
 * @param requestId   the RequestId of the response
 * @param action      the {@code x-acs-action} header, or empty when it was missing
 * @param method      the HTTP method
 * @param params      the request parameters (query and form body), decoded
 * @param accessKeyId the access key id named in the Authorization header, or empty when there was none
 * @param httpStatus  the HTTP status of the response
 * @param outcome     the error Code of the response, or {@link #OK} for a success
 */
public record RecordedRequest(String requestId, String action, String method, Map<String, String> params,
                              String accessKeyId, int httpStatus, String outcome) {

    public static final String OK = "OK";
    /** The outcome of a call that succeeded but whose answer the emulator dropped on purpose (a fault). */
    public static final String ANSWER_LOST = "AnswerLost";

    public RecordedRequest {
        params = Map.copyOf(params);
    }

    public boolean succeeded() {
        return OK.equals(outcome);
    }
}
