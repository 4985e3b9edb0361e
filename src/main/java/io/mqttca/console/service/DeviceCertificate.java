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
 * @param pem        the certificate's PEM, or null (streamed lists leave it out: GetDeviceCertificate has it)
 * @param subjectCommonName the subject CN parsed locally from the PEM, or null
 */
public record DeviceCertificate(String deviceSn, String caSn, String deviceName, CertificateStatus status,
                                Instant validBegin, Instant validEnd, String pem, String subjectCommonName) {

    public boolean isActive() {
        return status == CertificateStatus.ACTIVE;
    }

    /** The same certificate with another status (after a change the service confirmed). */
    public DeviceCertificate withStatus(CertificateStatus newStatus) {
        return new DeviceCertificate(deviceSn, caSn, deviceName, newStatus, validBegin, validEnd, pem,
            subjectCommonName);
    }

    /** The same certificate without its PEM, for a list row that should not keep 100,000 of them. */
    public DeviceCertificate withoutPem() {
        return pem == null ? this : new DeviceCertificate(deviceSn, caSn, deviceName, status, validBegin, validEnd,
            null, subjectCommonName);
    }
}
