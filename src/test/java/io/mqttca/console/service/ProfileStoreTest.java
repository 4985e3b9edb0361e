package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileStoreTest {

    @TempDir
    Path dir;

    private static ConnectionProfile cloud() {
        return new ConnectionProfile("c1", "Production", ConnectionProfile.Kind.ALIBABA_CLOUD, "cn-shanghai", null,
            CredentialSource.CLI_PROFILE, "ops", List.of(MqttInstance.byId("post-cn-1")));
    }

    @Test
    void profilesReadBackAfterTheSandboxWhichIsNeverStored() throws Exception {
        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        store.save(List.of(ConnectionProfile.sandbox("Local sandbox"), cloud()));

        List<ConnectionProfile> loaded = new ProfileStore(dir.resolve("profiles.json")).load("Sandbox");

        assertEquals(List.of(ConnectionProfile.sandbox("Sandbox"), cloud()), loaded);
        assertFalse(Files.readString(dir.resolve("profiles.json")).contains("\"sandbox\""));
    }

    @Test
    void aDamagedFileStillOpensOnTheSandbox() throws Exception {
        Files.writeString(dir.resolve("profiles.json"), "[{\"id\": \"c1\", \"name\": ");
        assertEquals(List.of(ConnectionProfile.sandbox("S")), new ProfileStore(dir.resolve("profiles.json")).load("S"));
    }

    @Test
    void theEndpointComesFromTheRegionUnlessGiven() {
        assertEquals("https://onsmqtt.cn-shanghai.aliyuncs.com", cloud().effectiveEndpoint());
        ConnectionProfile explicit = new ConnectionProfile("c2", "Local", ConnectionProfile.Kind.ALIBABA_CLOUD, null,
            "http://127.0.0.1:9000", CredentialSource.ENVIRONMENT, null, null);
        assertEquals("http://127.0.0.1:9000", explicit.effectiveEndpoint());
        assertTrue(explicit.withInstance(MqttInstance.byId("a")).withInstance(MqttInstance.byId("a"))
            .instances().size() == 1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "http://127.0.0.1:41234, embedded-sandbox",
        "http://localhost:60001/, embedded-sandbox",
        "http://127.0.0.1:18080, http://127.0.0.1:18080",
        "http://127.0.0.1:9000, http://127.0.0.1:9000",
        "http://127.0.0.1:41234/api, http://127.0.0.1:41234/api",
        "https://127.0.0.1:41234, https://127.0.0.1:41234",
        "http://10.0.0.5:41234, http://10.0.0.5:41234",
        "https://onsmqtt.cn-hangzhou.aliyuncs.com, https://onsmqtt.cn-hangzhou.aliyuncs.com"
    })
    void onlyAnEndpointOnAnEphemeralLoopbackPortIsReadAsTheOldSandbox(String saved, String loaded) throws Exception {
        Files.writeString(dir.resolve("profiles.json"), "[{\"id\": \"c1\", \"name\": \"Mine\", "
            + "\"kind\": \"ALIBABA_CLOUD\", \"endpoint\": \"" + saved + "\"}]");

        ConnectionProfile profile = new ProfileStore(dir.resolve("profiles.json")).load("S").get(1);

        assertEquals(loaded, profile.endpoint());
        assertEquals(loaded.equals(ConnectionProfile.EMBEDDED_SANDBOX), profile.usesEmbeddedSandbox());
    }

    @Test
    void aProfileOnTheEmbeddedSandboxHasNoFixedEndpointUrl() {
        ConnectionProfile profile = new ConnectionProfile("c3", "Mine", ConnectionProfile.Kind.ALIBABA_CLOUD, null,
            ConnectionProfile.EMBEDDED_SANDBOX, CredentialSource.SESSION_KEY, null, null);

        assertTrue(profile.usesEmbeddedSandbox());
        assertEquals(null, profile.effectiveEndpoint());
        assertFalse(ConnectionProfile.sandbox("S").usesEmbeddedSandbox());
    }

    @Test
    void aSessionKeyNeverShowsItsSecret() {
        assertFalse(new SessionKey("LTAI", "s3cr3t").toString().contains("s3cr3t"));
    }
}
