package io.mqttca.console.ui.certificates;

/**
 * What the Devices column knows of a CA's device certificates: still to be counted, counted, or a failed count.
 *
 * @param count       the number, when counted
 * @param failureCode the Code of a failed count, or null
 */
public record DeviceCount(Integer count, String failureCode) {

    /** Waiting for its turn, or being counted. */
    public static final DeviceCount PENDING = new DeviceCount(null, null);

    public static DeviceCount of(int count) {
        return new DeviceCount(count, null);
    }

    public static DeviceCount failed(String code) {
        return new DeviceCount(null, code == null ? "-" : code);
    }

    public boolean isPending() {
        return count == null && failureCode == null;
    }
}
