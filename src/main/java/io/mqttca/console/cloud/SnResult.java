package io.mqttca.console.cloud;

/**
 * The answer of a change to one certificate (register, activate, inactivate, delete): the RequestId and the Sn the
 * service acted on (the CA's Sn for CA operations, the DeviceSn for device operations).
 *
 * @param requestId the RequestId of the call
 * @param sn        the Sn acted on
 */
public record SnResult(String requestId, String sn) {
}
