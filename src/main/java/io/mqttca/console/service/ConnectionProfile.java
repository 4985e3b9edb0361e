package io.mqttca.console.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.net.URI;
import java.net.URISyntaxException;
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
 * @param endpoint          an explicit endpoint URL, {@link #EMBEDDED_SANDBOX} for the embedded sandbox on whatever
 *                          port it has now, or null to derive it from the region
 * @param credentialSource  where the access key comes from (null for the sandbox)
 * @param cliProfile        the aliyun CLI profile name when the source is {@link CredentialSource#CLI_PROFILE}
 * @param instances         instances added by id, in the order added
 */
public record ConnectionProfile(String id, String name, Kind kind, String regionId, String endpoint,
                                CredentialSource credentialSource, String cliProfile, List<MqttInstance> instances) {

    /** The id of the built-in local sandbox profile. */
    public static final String SANDBOX_ID = "sandbox";

    /**
     * The endpoint of a profile that points at the embedded sandbox by name: the sandbox gets a new port at each
     * start, so a saved port would break after a restart.
     */
    public static final String EMBEDDED_SANDBOX = "embedded-sandbox";

    /** The lowest port of the ranges operating systems hand out as ephemeral ports (Linux 32768, others 49152). */
    private static final int FIRST_EPHEMERAL_PORT = 32768;

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

    /** True for a cloud-kind profile whose endpoint is the embedded sandbox (its credentials are the profile's). */
    @JsonIgnore
    public boolean usesEmbeddedSandbox() {
        return !isSandbox() && EMBEDDED_SANDBOX.equals(endpoint);
    }

    /**
     * The endpoint calls go to: the explicit one, else {@code https://onsmqtt.<region>.aliyuncs.com}; null for the
     * sandbox and for a profile on the embedded sandbox (its URL is known once it runs).
     */
    public String effectiveEndpoint() {
        if (usesEmbeddedSandbox()) {
            return null;
        }
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

    /**
     * This profile with an endpoint saved by an older console for the embedded sandbox replaced by
     * {@link #EMBEDDED_SANDBOX}; other profiles unchanged. Such an endpoint is {@code http://} on 127.0.0.1 or
     * localhost with no path and a port in the ephemeral range: a port the system handed out, which no restart gives
     * back, so the profile could never work again as saved. An emulator the operator runs on a port of their
     * choosing ({@code emulator --port}, 18080 by default) is below that range and stays as it is.
     */
    public ConnectionProfile withOldSandboxEndpointNamed() {
        if (isSandbox() || !isOldSandboxUrl(endpoint)) {
            return this;
        }
        return new ConnectionProfile(id, name, kind, regionId, EMBEDDED_SANDBOX, credentialSource, cliProfile,
            instances);
    }

    static boolean isOldSandboxUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return "http".equalsIgnoreCase(uri.getScheme())
                && ("127.0.0.1".equals(uri.getHost()) || "localhost".equalsIgnoreCase(uri.getHost()))
                && uri.getPort() >= FIRST_EPHEMERAL_PORT && (path.isEmpty() || path.equals("/"))
                && uri.getRawQuery() == null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
