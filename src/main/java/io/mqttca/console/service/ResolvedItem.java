package io.mqttca.console.service;

/**
 * One item of a change through {@link CaSnResolver}: the result of the last call sent for it (its {@code sn} is
 * the Sn that call was sent with) and how the given Sn was taken.
 *
 * @param result     the outcome of the last call for this item
 * @param resolution how the given Sn was taken
 */
public record ResolvedItem(ItemResult result, SnResolution resolution) {
}
