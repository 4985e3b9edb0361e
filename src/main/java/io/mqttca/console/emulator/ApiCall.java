package io.mqttca.console.emulator;

import java.time.Instant;
import java.util.Map;

/**
 * One authenticated call as a handler sees it: the action, the HTTP method, the decoded parameters (query string
 * and, for a form-encoded POST, the body), the access key that signed it and when it arrived.
 *
 * @param requestId  the RequestId the response will carry
 * @param action     the {@code x-acs-action} header
 * @param method     GET or POST
 * @param params     parameter name to decoded value
 * @param caller     the access key whose signature was verified
 * @param receivedAt the emulator clock when the call arrived
 */
public record ApiCall(String requestId, String action, String method, Map<String, String> params,
                      EmulatorAccessKey caller, Instant receivedAt) {

    public ApiCall {
        params = Map.copyOf(params);
    }

    /** The parameter's value, or {@code null} when it was not sent. */
    public String param(String name) {
        return params.get(name);
    }
}
