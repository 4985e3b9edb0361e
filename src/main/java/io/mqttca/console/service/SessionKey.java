package io.mqttca.console.service;

import java.util.Objects;

/**
 * An access key the operator typed in for this session only. It is held in memory and handed to the connector;
 * nothing writes it anywhere, and {@link #toString()} hides the secret.
 *
 * @param accessKeyId     the AccessKey ID
 * @param accessKeySecret the AccessKey secret
 */
public record SessionKey(String accessKeyId, String accessKeySecret) {

    public SessionKey {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(accessKeySecret, "accessKeySecret");
    }

    @Override
    public String toString() {
        return "SessionKey[accessKeyId=" + accessKeyId + ", secret=***]";
    }
}
