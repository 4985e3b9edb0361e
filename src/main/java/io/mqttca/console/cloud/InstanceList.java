package io.mqttca.console.cloud;

import java.util.List;

/**
 * The answer of ListInstances: the instances in the endpoint's region.
 *
 * @param requestId the RequestId of the call
 * @param instances the instances, never {@code null}
 */
public record InstanceList(String requestId, List<ApiMqttInstance> instances) {

    public InstanceList {
        instances = List.copyOf(instances);
    }
}
