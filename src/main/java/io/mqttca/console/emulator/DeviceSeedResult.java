package io.mqttca.console.emulator;

import java.time.Duration;

/**
 * What one {@code --seed-devices} run did.
 *
 * @param added   device certificates this run added
 * @param already fleet devices that were there before (a repeated run adds only what is missing)
 * @param took    how long the run took, keys, signing and inserts included
 */
public record DeviceSeedResult(int added, int already, Duration took) {
}
