package io.mqttca.console.cloud;

/**
 * The request of RegisterCaCertificate: a CA certificate and a verification certificate that the CA issued with the
 * instance's registration code as its Common Name. Both are public certificates, never private keys.
 *
 * @param instanceId          the MqttInstanceId
 * @param caName              a display name for the CA
 * @param caContent           the CA certificate, PEM
 * @param verificationContent the verification certificate, PEM
 */
public record RegisterCaRequest(String instanceId, String caName, String caContent, String verificationContent) {
}
