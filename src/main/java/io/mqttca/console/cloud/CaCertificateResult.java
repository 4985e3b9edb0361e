package io.mqttca.console.cloud;

/**
 * The answer of GetCaCertificate.
 *
 * @param requestId   the RequestId of the call
 * @param certificate the CA certificate
 */
public record CaCertificateResult(String requestId, ApiCaCertificate certificate) {
}
