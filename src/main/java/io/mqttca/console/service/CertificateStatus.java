package io.mqttca.console.service;

/** Whether the broker accepts a certificate: the API's {@code Status} "1" (active) or "0" (inactive). */
public enum CertificateStatus {
    ACTIVE,
    INACTIVE
}
