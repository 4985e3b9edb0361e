package io.mqttca.console.cloud;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer: a JSON object with a RequestId. Mapping it into records may still find it malformed.
 *
 * @param operation  the operation called
 * @param endpoint   where it was called
 * @param httpStatus the HTTP status (2xx)
 * @param requestId  the RequestId
 * @param body       the whole JSON object
 */
record RpcResponse(Operation operation, Endpoint endpoint, int httpStatus, String requestId, JsonNode body) {

    /** The failure to throw when a field the client needs is missing or unreadable. */
    MqttApiException malformed(String problem) {
        return MqttApiException.malformed(operation, endpoint, httpStatus, requestId, problem);
    }
}
