package io.mqttca.console.cloud;

/**
 * A resource tag, used to filter ListInstances and reported on each instance.
 *
 * @param key   the tag key
 * @param value the tag value
 */
public record InstanceTag(String key, String value) {
}
