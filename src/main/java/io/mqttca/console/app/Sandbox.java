package io.mqttca.console.app;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.CloudCertificateService;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.text.Text;
import java.nio.file.Path;

/**
 * The embedded emulator behind the "Local sandbox" profile: started on first use on a free loopback port, with its
 * database in the user data directory, and closed when the console exits. It uses the well-known local-only demo
 * key, which works nowhere else. With {@code --seed-devices N} the first start also fills the sandbox's
 * {@code prod-root-rsa} up to N device certificates, before the emulator answers.
 */
public final class Sandbox implements AutoCloseable {

    private final Path dataDirectory;
    private final int seedDevices;
    private Emulator emulator;

    public Sandbox(Path dataDirectory) {
        this(dataDirectory, 0);
    }

    /** A sandbox whose emulator makes sure {@code prod-root-rsa} has {@code seedDevices} fleet devices. */
    public Sandbox(Path dataDirectory, int seedDevices) {
        this.dataDirectory = dataDirectory;
        this.seedDevices = seedDevices;
    }

    /** Starts the emulator if needed (blocking: call it off the UI thread) and returns its endpoint. */
    public synchronized Endpoint endpoint() {
        if (emulator == null) {
            try {
                emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withSeedDevices(seedDevices));
            } catch (RuntimeException e) {
                throw new ServiceException(ServiceFailure.local(FailureKind.INTERNAL, "SandboxUnavailable",
                    Text.of(Text.SERVICE, "sandboxUnavailable.explanation", String.valueOf(e.getMessage())),
                    Text.of(Text.SERVICE, "sandboxUnavailable.whatToDo", dataDirectory.toString())), e);
            }
        }
        return Endpoint.of(emulator.baseUrl());
    }

    /**
     * Starts the emulator and makes one throwaway call to it (call it off the UI thread), so that opening its
     * database and loading the client's classes overlap with the toolkit building the window; the window's first
     * {@link #endpoint()} then finds it running. A failure here is reported again by that call.
     */
    public void warmUp() {
        try (CloudCertificateService warmUp = Connections.open("warm-up", endpoint(), credentials(),
            new ChangeJournal(dataDirectory.resolve("warm-up-journal.jsonl")))) {
            warmUp.listInstances().join();
        } catch (RuntimeException e) {
            // endpoint() fails again, with the same message, when the window connects.
            return;
        }
    }

    /** The sandbox's demo key. */
    public Credentials credentials() {
        return Credentials.of(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET, "local sandbox");
    }

    @Override
    public synchronized void close() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}
