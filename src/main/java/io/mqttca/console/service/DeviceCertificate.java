package io.mqttca.console.service;

import java.time.Instant;

/**
 * A device certificate registered under a CA (devices register themselves on their first TLS connection).
 *
 * @param deviceSn   the device certificate's Sn
 * @param caSn       the Sn of the CA that issued it
 * @param deviceName the server's device name, or null
 * @param status     active or inactive
 * @param validBegin start of validity, or null
 * @param validEnd   end of validity, or null
 * @param pem        the certificate's PEM, or null
 */
public record DeviceCertificate(String deviceSn, String caSn, String deviceName, CertificateStatus status,
                                Instant validBegin, Instant validEnd, String pem) {
}
