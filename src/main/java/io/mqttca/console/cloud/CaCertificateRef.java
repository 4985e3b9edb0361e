package io.mqttca.console.cloud;

/**
 * Names one CA certificate on one instance: the request of Get, Active, Inactivate and DeleteCaCertificate.
 *
 * @param instanceId the MqttInstanceId
 * @param sn         the CA's Sn as the service lists it (at most 128 bytes in UTF-8)
 */
public record CaCertificateRef(String instanceId, String sn) {
}
