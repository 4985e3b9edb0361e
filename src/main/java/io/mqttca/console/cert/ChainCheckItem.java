package io.mqttca.console.cert;

/** What a {@link DeviceChainCheck} looks at, in the order its findings are listed. */
public enum ChainCheckItem {
    /** The device PEM holds a readable certificate (a finding only when it does not). */
    DEVICE_CERTIFICATE,
    /** The CA PEM holds a readable certificate (a finding only when it does not). */
    CA_CERTIFICATE,
    /** The device's issuer name is the CA's subject name. */
    ISSUER,
    /** The device's signature verifies with the CA's public key. */
    SIGNATURE,
    /** The device is valid now, within the CA's validity. */
    VALIDITY,
    /** Key usage and extended key usage allow TLS client authentication. */
    CLIENT_AUTH,
    /** The device is an end-entity certificate, not a CA itself. */
    END_ENTITY
}
