package io.mqttca.console.service;

/**
 * An ApsaraMQ for MQTT instance the console can manage.
 *
 * @param instanceId the instance id, e.g. {@code post-cn-7mz2d...}
 * @param name       its display name (the id when the service gives none or it was added by id)
 * @param regionId   its region, or null when unknown
 * @param edition    a readable edition ("Platinum", "Professional", ...), or null when unknown
 */
public record MqttInstance(String instanceId, String name, String regionId, String edition) {

    /** An instance the operator added by id, with nothing else known. */
    public static MqttInstance byId(String instanceId) {
        return new MqttInstance(instanceId, instanceId, null, null);
    }
}
