package io.mqttca.console.cert;

/** How one item of a {@link DeviceChainCheck} came out, from best to worst. */
public enum ChainVerdict {
    /** The item is as it should be. */
    PASS,
    /** Clients may still connect, but something is off and should be looked at. */
    WARN,
    /** Clients cannot connect with this device certificate under this CA. */
    FAIL;

    /** The worse of this verdict and {@code other}. */
    public ChainVerdict worst(ChainVerdict other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
