package io.mqttca.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.CredentialSource;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.service.ProfileStore;
import io.mqttca.console.service.SessionKey;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile saved against the embedded sandbox names the sandbox, not its port, so it still connects after the
 * sandbox restarts on another port; a profile an older console saved with the port of the day is read the same way.
 */
class SandboxProfileTest {

    private static final SessionKey DEMO_KEY = new SessionKey(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET);

    @TempDir
    Path data;

    private ConnectionProfile onTheSandbox(String endpoint) {
        return new ConnectionProfile("p1", "Sandbox with my key", ConnectionProfile.Kind.ALIBABA_CLOUD, null,
            endpoint, CredentialSource.SESSION_KEY, null, List.of());
    }

    /** Connects {@code profile} through a fresh sandbox and connector; returns the URL it reached. */
    private String connectAndList(Sandbox sandbox, ConnectionProfile profile) {
        ConsoleConnector connector = new ConsoleConnector(sandbox, new ChangeJournal(data.resolve("journal.jsonl")),
            Map.of(), data);
        try (CertificateService service = connector.connect(profile, DEMO_KEY)) {
            List<MqttInstance> instances = service.listInstances().join();
            assertTrue(instances.stream().anyMatch(i -> i.instanceId().equals(SandboxSeed.PLATINUM_INSTANCE_ID)));
            return service.endpoint();
        }
    }

    @Test
    void aProfileSavedAgainstTheSandboxWorksAfterTheSandboxRestartsOnAnotherPort() throws Exception {
        ProfileStore store = new ProfileStore(data.resolve("profiles.json"));
        store.save(List.of(onTheSandbox(ConnectionProfile.EMBEDDED_SANDBOX)));
        String first;
        try (Sandbox sandbox = new Sandbox(data.resolve("emulator"))) {
            first = connectAndList(sandbox, new ProfileStore(data.resolve("profiles.json")).load("S").get(1));
        }
        assertTrue(Files.readString(data.resolve("profiles.json")).contains("\"embedded-sandbox\""));

        String second = restartedElsewhere(first);

        assertNotEquals(first, second);
    }

    @Test
    void aProfileAnOlderConsoleSavedWithTheSandboxPortOfThatDayStillConnects() throws Exception {
        String first;
        try (Sandbox sandbox = new Sandbox(data.resolve("emulator"))) {
            first = sandbox.endpoint().toString();
        }
        int port = URI.create(first).getPort();
        Files.writeString(data.resolve("profiles.json"), "[{\"id\": \"p1\", \"name\": \"Sandbox with my key\", "
            + "\"kind\": \"ALIBABA_CLOUD\", \"endpoint\": \"http://127.0.0.1:" + port + "\", "
            + "\"credentialSource\": \"SESSION_KEY\"}]");

        ConnectionProfile loaded = new ProfileStore(data.resolve("profiles.json")).load("S").get(1);
        assertEquals(ConnectionProfile.EMBEDDED_SANDBOX, loaded.endpoint());

        assertNotEquals(first, restartedElsewhere(first));
    }

    /** Starts the sandbox again while its old port is taken, and connects the stored profile; returns the URL. */
    private String restartedElsewhere(String oldUrl) throws Exception {
        int oldPort = URI.create(oldUrl).getPort();
        try (ServerSocket taken = new ServerSocket(oldPort, 1, InetAddress.getLoopbackAddress());
             Sandbox sandbox = new Sandbox(data.resolve("emulator"))) {
            return connectAndList(sandbox, new ProfileStore(data.resolve("profiles.json")).load("S").get(1));
        }
    }
}
