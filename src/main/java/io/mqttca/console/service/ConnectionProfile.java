package io.mqttca.console.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A place the console connects to: the built-in local sandbox, or an Alibaba Cloud account in one region (or at an
 * explicit endpoint) with a credential source. Instances added by id are remembered here for accounts that may not
 * call ListInstances. A profile never holds a secret, so it can be written to the profiles file as it is.
 *
 * @param id                a stable id (file key); {@link #SANDBOX_ID} for the sandbox
 * @param name              the name the operator gave it
 * @param kind              sandbox or cloud
 * @param regionId          the region, e.g. {@code cn-hangzhou}, or null when an endpoint is given
 * @param endpoint          an explicit endpoint URL, or null to derive it from the region
 * @param credentialSource  where the access key comes from (null for the sandbox)
 * @param cliProfile        the aliyun CLI profile name when the source is {@link CredentialSource#CLI_PROFILE}
 * @param instances         instances added by id, in the order added
 */
public record ConnectionProfile(String id, String name, Kind kind, String regionId, String endpoint,
                                CredentialSource credentialSource, String cliProfile, List<MqttInstance> instances) {

    /** The id of the built-in local sandbox profile. */
    public static final String SANDBOX_ID = "sandbox";

    /** What a profile connects to. */
    public enum Kind {
        SANDBOX,
        ALIBABA_CLOUD
    }

    public ConnectionProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        regionId = blankToNull(regionId);
        endpoint = blankToNull(endpoint);
        cliProfile = blankToNull(cliProfile);
        instances = instances == null ? List.of() : List.copyOf(instances);
    }

    /** The built-in local sandbox (the embedded emulator). */
    public static ConnectionProfile sandbox(String name) {
        return new ConnectionProfile(SANDBOX_ID, name, Kind.SANDBOX, null, null, null, null, List.of());
    }

    @JsonIgnore
    public boolean isSandbox() {
        return kind == Kind.SANDBOX;
    }

    /** The endpoint calls go to: the explicit one, else {@code https://onsmqtt.<region>.aliyuncs.com}. */
    public String effectiveEndpoint() {
        if (endpoint != null) {
            return endpoint;
        }
        return regionId == null ? null : "https://onsmqtt." + regionId.toLowerCase(Locale.ROOT) + ".aliyuncs.com";
    }

    /** A copy that also remembers {@code instance} (replacing one with the same id). */
    public ConnectionProfile withInstance(MqttInstance instance) {
        List<MqttInstance> updated = new ArrayList<>(instances);
        updated.removeIf(existing -> existing.instanceId().equals(instance.instanceId()));
        updated.add(instance);
        return new ConnectionProfile(id, name, kind, regionId, endpoint, credentialSource, cliProfile, updated);
    }

    /** A copy that no longer remembers the instance with this id. */
    public ConnectionProfile withoutInstance(String instanceId) {
        List<MqttInstance> updated = new ArrayList<>(instances);
        updated.removeIf(existing -> existing.instanceId().equals(instanceId));
        return new ConnectionProfile(id, name, kind, regionId, endpoint, credentialSource, cliProfile, updated);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
