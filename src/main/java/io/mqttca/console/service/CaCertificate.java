package io.mqttca.console.service;

import java.time.Instant;
import java.util.Objects;

/**
 * A CA certificate as registered on an instance, with the subject common name parsed locally from its PEM.
 *
 * @param name              the CaName given at registration
 * @param sn                the server's Sn, an opaque string passed back verbatim
 * @param status            active or inactive
 * @param validBegin        start of validity as the server reports it (may be null)
 * @param validEnd          end of validity as the server reports it (may be null)
 * @param pem               the CA certificate's PEM, or null when the server sent none
 * @param registrationCode  the registration code used to register it, or null
 * @param subjectCommonName the CN parsed locally from the PEM, or null when it has none or cannot be parsed
 */
public record CaCertificate(String name, String sn, CertificateStatus status, Instant validBegin, Instant validEnd,
                            String pem, String registrationCode, String subjectCommonName) {

    public CaCertificate {
        Objects.requireNonNull(sn, "sn");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name;
    }

    public boolean isActive() {
        return status == CertificateStatus.ACTIVE;
    }

    /** A copy with another status (after an activation or deactivation). */
    public CaCertificate withStatus(CertificateStatus newStatus) {
        return new CaCertificate(name, sn, newStatus, validBegin, validEnd, pem, registrationCode, subjectCommonName);
    }
}
