package io.mqttca.console.ui.common;

import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.MqttInstance;
import java.util.Objects;

/**
 * The instance the window is working on, with the connected service that reaches it. The profiles pane publishes
 * it; the certificate table and the details pane work on it.
 *
 * @param service  the connected service
 * @param instance the selected instance
 */
public record InstanceTarget(CertificateService service, MqttInstance instance) {

    public InstanceTarget {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(instance, "instance");
    }

    public String instanceId() {
        return instance.instanceId();
    }
}
