package io.mqttca.console.cloud;

/**
 * Names one device certificate under one CA on one instance: the request of Get, Active, Inactivate and
 * DeleteDeviceCertificate.
 *
 * @param instanceId the MqttInstanceId
 * @param caSn       the issuing CA's Sn
 * @param deviceSn   the device certificate's Sn
 */
public record DeviceCertificateRef(String instanceId, String caSn, String deviceSn) {
}
