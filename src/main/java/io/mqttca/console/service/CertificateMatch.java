package io.mqttca.console.service;

import io.mqttca.console.cert.CertificateDetails;
import java.util.Objects;

/**
 * One local certificate matched against an instance's registered CA certificates.
 *
 * @param certificate     the certificate as read locally
 * @param state           where it stands
 * @param registered      the registered CA with the same serial, or null when there is none
 * @param sameCertificate for a registered serial: true when the registered PEM is this very certificate (same
 *                        SHA-256 fingerprint), false when the instance holds another certificate with the same
 *                        serial (a reissue), null when the server sent no PEM to compare or the serial is not
 *                        registered
 */
public record CertificateMatch(CertificateDetails certificate, MatchState state, CaCertificate registered,
                               Boolean sameCertificate) {

    public CertificateMatch {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(state, "state");
    }

    /** True when the serial is registered but the instance holds a different certificate under it. */
    public boolean isDifferentCertificate() {
        return Boolean.FALSE.equals(sameCertificate);
    }
}
