package io.mqttca.console.cloud;

import java.time.Instant;

/**
 * A device certificate the broker registered when a device first connected with it. DeviceSn and status are always
 * present; other fields are {@code null} when the service left them out.
 *
 * @param deviceSn      the device certificate's serial as the service writes it
 * @param caSn          the serial of the issuing CA
 * @param deviceName    the service's DeviceName
 * @param status        active or inactive
 * @param validBegin    start of validity
 * @param validEnd      end of validity
 * @param deviceContent the device certificate PEM
 */
public record ApiDeviceCertificate(String deviceSn, String caSn, String deviceName, ApiCertificateStatus status,
                                Instant validBegin, Instant validEnd, String deviceContent) {
}
