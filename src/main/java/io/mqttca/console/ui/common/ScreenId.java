package io.mqttca.console.ui.common;

import java.util.Objects;

/**
 * The name of a screen the window's content area can show. A screen is one constant here plus one {@link Screen}
 * registration in the composition root; features navigate by id, so none needs another feature's types.
 *
 * @param name a stable name, for logs and tests
 */
public record ScreenId(String name) {

    /** The CA certificates of the selected instance, with the details of the one in focus. */
    public static final ScreenId CA_CERTIFICATES = new ScreenId("ca-certificates");

    /** The device certificates of one CA or of the whole instance, with the details of the one in focus. */
    public static final ScreenId DEVICE_CERTIFICATES = new ScreenId("device-certificates");

    public ScreenId {
        Objects.requireNonNull(name, "name");
    }
}
