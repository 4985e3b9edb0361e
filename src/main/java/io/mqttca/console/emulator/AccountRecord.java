package io.mqttca.console.emulator;

/**
 * An Alibaba Cloud account as the emulator knows it: it owns instances and access keys.
 *
 * @param id   the account id (the digits Alibaba Cloud shows as the account UID)
 * @param name a readable name, for people looking at the database
 */
public record AccountRecord(String id, String name) {
}
