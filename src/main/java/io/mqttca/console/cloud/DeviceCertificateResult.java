package io.mqttca.console.cloud;

/**
 * The answer of GetDeviceCertificate.
 *
 * @param requestId   the RequestId of the call
 * @param certificate the device certificate
 */
public record DeviceCertificateResult(String requestId, ApiDeviceCertificate certificate) {
}
