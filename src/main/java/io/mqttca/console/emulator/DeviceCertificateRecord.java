package io.mqttca.console.emulator;

import java.time.Instant;

/**
 * A device certificate registered on an instance under one of its CA certificates.
 *
 * @param instanceId   the instance
 * @param deviceSn     the device certificate's serial, same form as a CA Sn
 * @param caSn         the Sn of the issuing CA on the same instance
 * @param deviceName   the subject CN of the device certificate
 * @param active       status 1 (true) or 0 (false)
 * @param devicePem    the certificate in PEM
 * @param validBegin   notBefore
 * @param validEnd     notAfter
 * @param registeredAt when it was registered (orders list results)
 */
public record DeviceCertificateRecord(String instanceId, String deviceSn, String caSn, String deviceName,
                                      boolean active, String devicePem, Instant validBegin, Instant validEnd,
                                      Instant registeredAt) {
}
