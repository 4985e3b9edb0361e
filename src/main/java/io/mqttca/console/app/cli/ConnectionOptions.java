package io.mqttca.console.app.cli;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.CredentialSource;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    /** The highest account limit --calls-per-second takes; Alibaba raises limits by hundreds, not millions. */
    static final int MAX_CALLS_PER_SECOND = 100_000;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    Integer callsPerSecond;

    @Option(names = "--calls-per-second", paramLabel = "N",
        description = "The account's API rate limit, when Alibaba raised it above the default 500 (or to keep this "
            + "run below it); the client still slows down when the service throttles.")
    void callsPerSecond(int value) {
        if (value < 1 || value > MAX_CALLS_PER_SECOND) {
            throw new ParameterException(mixee.commandLine(), "--calls-per-second must be between 1 and "
                + MAX_CALLS_PER_SECOND + ", was " + value);
        }
        callsPerSecond = value;
    }

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

    /** The account's limit given with --calls-per-second, or null for the default. */
    public Integer callsPerSecond() {
        return callsPerSecond;
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
