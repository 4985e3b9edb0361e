package io.mqttca.console.app.cli;

import io.mqttca.console.emulator.DeviceFleetSeed;
import io.mqttca.console.emulator.DeviceSeedResult;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorAccessKey;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.emulator.SeedException;
import io.mqttca.console.emulator.StoreException;
import io.mqttca.console.service.DataDirectory;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqtt-ca-console emulator}: runs the local emulator of the ApsaraMQ for MQTT certificate API on its own,
 * prints one line with its endpoint (after a line saying how many device certificates were seeded, when
 * {@code --seed-devices} asked for some), and serves until the process is interrupted (Ctrl+C: a shutdown hook closes
 * the server and the database) or the emulator is closed.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
    description = "Runs the local emulator of the ApsaraMQ for MQTT certificate API on 127.0.0.1 until Ctrl+C.")
public final class EmulatorCommand implements Callable<Integer> {

    /** The standalone default port; 0 picks a free one. */
    public static final int DEFAULT_PORT = 18080;

    /** Exit status when the emulator cannot start (port in use, database locked). */
    public static final int EXIT_START_FAILED = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
        description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    private int port;

    @Option(names = "--data", paramLabel = "DIR",
        description = "Data directory of the emulator's database (default: ~/.mqtt-ca-console/emulator).")
    private Path dataDirectory;

    @Option(names = "--access-key", paramLabel = "ID:SECRET",
        description = "Adds a full-access key to the demo account (repeatable; kept in memory, never printed).")
    private List<String> accessKeys = new ArrayList<>();

    @Option(names = "--seed-cas", paramLabel = "N", defaultValue = "0",
        description = "Adds N inactive CA certificates to post-cn-sandbox01 at start (load tests).")
    private int seedCas;

    @Option(names = "--seed-devices", paramLabel = "N", defaultValue = "0",
        description = "Fills prod-root-rsa of post-cn-sandbox01 up to N device certificates before serving "
            + "(fleet tests; at most " + DeviceFleetSeed.MAX_DEVICES + ").")
    private int seedDevices;

    @Option(names = "--calls-per-second", paramLabel = "N", defaultValue = "" + EmulatorConfig.DEFAULT_CALLS_PER_SECOND,
        description = "Flow-control limit per account and second (default: ${DEFAULT-VALUE}).")
    private int callsPerSecond;

    @Option(names = "--latency-ms", paramLabel = "N", defaultValue = "0",
        description = "Delays every answer by N ms, as a WAN link would; delayed answers overlap (0 to 60000).")
    private int latencyMillis;

    @Option(names = "--fault-rate", paramLabel = "P", defaultValue = "0",
        description = "That share of calls (0 to 1) fails at random: half with HTTP 500 InternalError before any "
            + "change, half by closing the connection after the change is made (the answer is lost).")
    private double faultRate;

    @Option(names = "--fault-seed", paramLabel = "N", defaultValue = "1",
        description = "Seed of the fault dice, so that a run can be repeated (default: ${DEFAULT-VALUE}).")
    private long faultSeed;

    private final Consumer<Emulator> onStarted;

    public EmulatorCommand() {
        this(emulator -> { });
    }

    /** For tests: {@code onStarted} gets the running emulator, for instance to close it. */
    EmulatorCommand(Consumer<Emulator> onStarted) {
        this.onStarted = onStarted;
    }

    /** The sandbox's directory in the user data directory ({@code ~/.mqtt-ca-console/emulator} on Linux). */
    static Path defaultDataDirectory() {
        return DataDirectory.standard().emulatorDirectory();
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        EmulatorConfig config = config(commandLine);
        PrintWriter out = commandLine.getOut();
        Emulator emulator;
        try {
            emulator = Emulator.start(config);
        } catch (UncheckedIOException | StoreException | SeedException e) {
            commandLine.getErr().println("error: the emulator did not start: " + e.getMessage());
            commandLine.getErr().flush();
            return EXIT_START_FAILED;
        }
        Thread shutdownHook = new Thread(emulator::close, "emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            emulator.deviceSeed().ifPresent(seeded -> out.println(seededLine(seeded)));
            out.println("Emulator listening on " + emulator.baseUrl() + " (instances: "
                + String.join(", ", SandboxSeed.PLATINUM_INSTANCE_ID, SandboxSeed.BASIC_INSTANCE_ID,
                    SandboxSeed.OTHER_ACCOUNT_INSTANCE_ID) + "; key " + SandboxSeed.DEMO_KEY_ID + ")");
            out.flush();
            onStarted.accept(emulator);
            emulator.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            emulator.close();
            removeHook(shutdownHook);
        }
        return 0;
    }

    /** {@code Seeded 100000 device certificates in 84.2 s}, and {@code (N were already there)} after a re-run. */
    static String seededLine(DeviceSeedResult seeded) {
        String line = String.format(Locale.ROOT, "Seeded %d device certificates in %.1f s", seeded.added(),
            seeded.took().toMillis() / 1000.0);
        return seeded.already() == 0 ? line : line + " (" + seeded.already() + " were already there)";
    }

    private EmulatorConfig config(CommandLine commandLine) {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(commandLine, "--port must be between 0 and 65535");
        }
        if (seedCas < 0 || callsPerSecond < 1) {
            throw new CommandLine.ParameterException(commandLine,
                "--seed-cas must be 0 or more and --calls-per-second 1 or more");
        }
        if (seedDevices < 0 || seedDevices > DeviceFleetSeed.MAX_DEVICES) {
            throw new CommandLine.ParameterException(commandLine,
                "--seed-devices must be between 0 and " + DeviceFleetSeed.MAX_DEVICES + " (got " + seedDevices + ")");
        }
        if (latencyMillis < 0 || latencyMillis > 60_000) {
            throw new CommandLine.ParameterException(commandLine,
                "--latency-ms must be between 0 and 60000 (got " + latencyMillis + ")");
        }
        if (!(faultRate >= 0 && faultRate <= 1)) {
            throw new CommandLine.ParameterException(commandLine,
                "--fault-rate must be between 0 and 1, a share of calls such as 0.05 (got " + faultRate + ")");
        }
        EmulatorConfig config = EmulatorConfig.defaults(dataDirectory != null ? dataDirectory : defaultDataDirectory())
            .withPort(port).withSeedCas(seedCas).withSeedDevices(seedDevices).withCallsPerSecond(callsPerSecond)
            .withLatency(Duration.ofMillis(latencyMillis)).withFaultRate(faultRate, faultSeed);
        for (String key : accessKeys) {
            int colon = key.indexOf(':');
            if (colon <= 0 || colon == key.length() - 1) {
                throw new CommandLine.ParameterException(commandLine,
                    "--access-key takes ID:SECRET (got a value without both parts)");
            }
            config = config.withAccessKey(EmulatorAccessKey.fullAccess(key.substring(0, colon),
                key.substring(colon + 1), SandboxSeed.DEMO_ACCOUNT_ID));
        }
        return config;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down (Ctrl+C) and runs the hook itself.
        }
    }
}
