package io.mqttca.console.cloud;

import java.util.Objects;

/**
 * An Alibaba Cloud access key, optionally with an STS security token. The secret and the token never appear in
 * {@link #toString()}; nothing in the console writes them anywhere.
 *
 * @param accessKeyId     the AccessKey ID (not secret)
 * @param accessKeySecret the AccessKey secret
 * @param securityToken   the STS token, or {@code null} for a long-term key
 * @param source          where the key came from, for messages ("environment", "aliyun CLI profile 'x'")
 */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken, String source) {

    public Credentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(accessKeySecret, "accessKeySecret");
        if (accessKeyId.isBlank() || accessKeySecret.isBlank()) {
            throw new IllegalArgumentException("The AccessKey ID and secret must not be empty");
        }
        if (securityToken != null && securityToken.isBlank()) {
            securityToken = null;
        }
        source = source == null ? "unspecified" : source;
    }

    /** A long-term key with no STS token. */
    public static Credentials of(String accessKeyId, String accessKeySecret, String source) {
        return new Credentials(accessKeyId, accessKeySecret, null, source);
    }

    public boolean isSts() {
        return securityToken != null;
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", secret=***" + (isSts() ? ", sts=***" : "")
            + ", source=" + source + "]";
    }
}
