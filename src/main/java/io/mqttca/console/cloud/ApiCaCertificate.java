package io.mqttca.console.cloud;

import java.time.Instant;

/**
 * A CA certificate registered on an instance, as ListCaCertificate and GetCaCertificate return it. The Sn is the
 * service's own string for the serial and must be passed back verbatim. Fields the service left out are
 * {@code null}; Sn and status are always present.
 *
 * @param sn                  the serial number as the service writes it
 * @param name                the CaName given at registration
 * @param status              active or inactive
 * @param validBegin          start of validity (from the epoch-millisecond string ValidBegin)
 * @param validEnd            end of validity (ValidEnd)
 * @param caContent           the CA certificate PEM
 * @param verificationContent the verification certificate PEM used at registration
 * @param registrationCode    the registration code the verification certificate carried
 */
public record ApiCaCertificate(String sn, String name, ApiCertificateStatus status, Instant validBegin,
                               Instant validEnd, String caContent, String verificationContent,
                               String registrationCode) {
}
