package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel changes through HTTP: every one succeeds and the store ends in the state they asked for. */
class ConcurrentChangesTest {

    private static final List<String> SEEDED_SNS = List.of(SandboxSeed.PROD_ROOT_RSA_SN,
        SandboxSeed.LEGACY_INACTIVE_SN, SandboxSeed.EXPIRING_SOON_SN, SandboxSeed.EXPIRED_SN,
        SandboxSeed.STAGING_EC_SN, SandboxSeed.CHINESE_SUBJECT_SN);

    @TempDir
    Path dataDirectory;

    private Emulator emulator;
    private SignedClient client;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withThreads(8));
        client = SignedClient.demo(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private CompletableFuture<SignedClient.Response> change(String action, String sn) {
        return client.post(action).instance(PLATINUM_INSTANCE_ID).param("Sn", sn).sendAsync();
    }

    private static void assertAllSucceeded(List<CompletableFuture<SignedClient.Response>> sent) {
        for (CompletableFuture<SignedClient.Response> future : sent) {
            SignedClient.Response response = future.join();
            assertEquals(200, response.status(), response.body()::toString);
        }
    }

    private boolean active(String sn) {
        return emulator.store().findCa(PLATINUM_INSTANCE_ID, sn).orElseThrow().active();
    }

    @Test
    void parallelActivationsOfTheSameCaAllSucceed() {
        List<CompletableFuture<SignedClient.Response>> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sent.add(change("ActiveCaCertificate", SandboxSeed.LEGACY_INACTIVE_SN));
        }

        assertAllSucceeded(sent);
        assertTrue(active(SandboxSeed.LEGACY_INACTIVE_SN));
    }

    @Test
    void parallelChangesOfDifferentCasEachLandOnTheirOwnCa() {
        List<CompletableFuture<SignedClient.Response>> sent = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < SEEDED_SNS.size(); i++) {
                sent.add(change(i % 2 == 0 ? "InactivateCaCertificate" : "ActiveCaCertificate", SEEDED_SNS.get(i)));
            }
        }

        assertAllSucceeded(sent);
        for (int i = 0; i < SEEDED_SNS.size(); i++) {
            assertEquals(i % 2 != 0, active(SEEDED_SNS.get(i)), SEEDED_SNS.get(i));
        }
    }

    @Test
    void parallelActivationsOfEveryCaLeaveAllActive() {
        List<CompletableFuture<SignedClient.Response>> sent = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            SEEDED_SNS.forEach(sn -> sent.add(change("ActiveCaCertificate", sn)));
        }

        assertAllSucceeded(sent);
        SEEDED_SNS.forEach(sn -> assertTrue(active(sn), sn));
        assertFalse(emulator.requests().stream().anyMatch(request -> !request.succeeded()));
        assertEquals(4 * SEEDED_SNS.size(), emulator.requests().size());
    }
}
