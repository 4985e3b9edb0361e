package io.mqttca.console.app.cli;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.CredentialSource;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a {@code ca} subcommand connects and with which credentials. */
public final class ConnectionOptions {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target = new Target();

    @Option(names = "--profile", paramLabel = "NAME",
        description = "aliyun CLI profile to take credentials from (default: the environment variables, then the "
            + "CLI's current profile).")
    String profile;

    @Option(names = "--instance", required = true, paramLabel = "ID", description = "The MQTT instance id.")
    String instanceId;

    /** Exactly one of region and endpoint, or neither (then the profile's or cn-hangzhou). */
    static final class Target {
        @Option(names = "--region", paramLabel = "R", description = "Region id, e.g. cn-hangzhou.")
        String region;

        @Option(names = "--endpoint", paramLabel = "URL",
            description = "Explicit endpoint URL (http:// only for a loopback emulator).")
        String endpoint;
    }

    public String region() {
        return target == null ? null : target.region;
    }

    public String endpoint() {
        return target == null ? null : target.endpoint;
    }

    public String profile() {
        return profile;
    }

    public String instanceId() {
        return instanceId;
    }

    /**
     * The options as an ad-hoc cloud profile: credentials from the named aliyun CLI profile, else the environment
     * (then the CLI's current profile); its name is what the journal records for changes made from the command line.
     */
    public ConnectionProfile toProfile() {
        String name = profile == null ? "command line" : "command line (" + profile + ")";
        return new ConnectionProfile("command-line", name, ConnectionProfile.Kind.ALIBABA_CLOUD, region(), endpoint(),
            profile == null ? CredentialSource.ENVIRONMENT : CredentialSource.CLI_PROFILE, profile, List.of());
    }
}
