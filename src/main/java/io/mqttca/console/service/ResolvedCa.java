package io.mqttca.console.service;

/**
 * What {@link CaSnResolver#getCaCertificate} found: the CA, or the service's not-found failure, with how the Sn
 * was taken.
 *
 * @param certificate the CA, or null when none was found
 * @param failure     the {@code FindCaBySnError} of the Sn as given when no CA was found; else null
 * @param resolution  how the Sn was taken
 */
public record ResolvedCa(CaCertificate certificate, ServiceFailure failure, SnResolution resolution) {
}
