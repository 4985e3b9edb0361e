package io.mqttca.console.emulator;

import java.util.Objects;

/**
 * An access key the emulator accepts: its id and secret, the account it belongs to, whether it may only read,
 * and, for an STS key, the security token a request must carry. The secret and the token never appear in
 * {@link #toString()}.
 *
 * @param id            the AccessKey ID
 * @param secret        the AccessKey secret
 * @param accountId     the owning account; all keys of one account share its rate limit and instances
 * @param readOnly      true when every change (activate, inactivate, register, delete) is refused
 * @param securityToken the STS token the request must carry, or {@code null} for a long-term key
 */
public record EmulatorAccessKey(String id, String secret, String accountId, boolean readOnly, String securityToken) {

    public EmulatorAccessKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(accountId, "accountId");
        if (id.isBlank() || secret.isBlank()) {
            throw new IllegalArgumentException("An access key needs a non-empty id and secret");
        }
        if (securityToken != null && securityToken.isBlank()) {
            securityToken = null;
        }
    }

    /** A long-term key with full access to the given account. */
    public static EmulatorAccessKey fullAccess(String id, String secret, String accountId) {
        return new EmulatorAccessKey(id, secret, accountId, false, null);
    }

    public boolean isSts() {
        return securityToken != null;
    }

    @Override
    public String toString() {
        return "EmulatorAccessKey[id=" + id + ", secret=***, accountId=" + accountId + ", readOnly=" + readOnly
            + (isSts() ? ", sts=***" : "") + "]";
    }
}
