package io.mqttca.console.cloud;

/**
 * Whether the broker accepts a CA or device certificate. On the wire the status is the string {@code "1"} (active)
 * or {@code "0"} (inactive).
 */
public enum ApiCertificateStatus {
    ACTIVE("1"),
    INACTIVE("0");

    private final String wireValue;

    ApiCertificateStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    /** The status for a wire value, or {@code null} when the value is neither "1" nor "0". */
    static ApiCertificateStatus fromWire(String value) {
        for (ApiCertificateStatus status : values()) {
            if (status.wireValue.equals(value)) {
                return status;
            }
        }
        return null;
    }
}
