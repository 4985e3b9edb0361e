package io.mqttca.console.ui.common;

/**
 * One item a change acts on: the key the service knows it by (its Sn) and the name the operator knows it by.
 *
 * @param key  the key passed to the change and found again in its results
 * @param name the display name
 */
public record BulkItem(String key, String name) {
}
