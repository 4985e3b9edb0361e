package io.mqttca.console.emulator;

import java.time.Instant;

/**
 * A CA certificate registered on an instance.
 *
 * @param instanceId          the instance it is registered on
 * @param sn                  its serial as lower-case hex of the DER integer bytes (see {@link SerialNumbers})
 * @param name                the CaName given at registration
 * @param active              status 1 (true) or 0 (false)
 * @param caPem               the certificate in PEM
 * @param verificationPem     the verification certificate that proved possession of the CA key
 * @param registrationCode    the instance registration code the verification certificate carried
 * @param validBegin          notBefore
 * @param validEnd            notAfter
 * @param registeredAt        when it was registered (orders list results)
 */
public record CaCertificateRecord(String instanceId, String sn, String name, boolean active, String caPem,
                                  String verificationPem, String registrationCode, Instant validBegin,
                                  Instant validEnd, Instant registeredAt) {
}
