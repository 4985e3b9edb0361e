package io.mqttca.console.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent changes share commits, each still answered with its own result. */
class GroupCommitterTest {

    @TempDir
    Path dataDirectory;

    @Test
    void concurrentChangesShareCommitsAndEachGetsItsOwnResult() throws Exception {
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 4)) {
            SandboxSeed.seed(store, Instant.EPOCH);
            long before = store.changeCommits();
            ExecutorService pool = Executors.newFixedThreadPool(32);
            List<Future<Boolean>> answers = new ArrayList<>();
            int changes = 400;
            for (int i = 0; i < changes; i++) {
                boolean known = i % 2 == 0;
                String sn = known ? SandboxSeed.PROD_ROOT_RSA_SN : "no-such-sn-" + i;
                answers.add(pool.submit(() -> store.setCaActive(SandboxSeed.PLATINUM_INSTANCE_ID, sn, false)));
            }
            for (int i = 0; i < changes; i++) {
                assertEquals(i % 2 == 0, answers.get(i).get());
            }
            pool.shutdown();
            assertTrue(store.changeCommits() - before < changes, "commits: " + (store.changeCommits() - before));
            assertFalse(store.findCa(SandboxSeed.PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN).orElseThrow()
                .active());
        }
    }

    @Test
    void aFailingChangeDoesNotSpoilTheOthersInItsGroup() throws Exception {
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 4)) {
            SandboxSeed.seed(store, Instant.EPOCH);
            CaCertificateRecord existing = store.findCa(SandboxSeed.PLATINUM_INSTANCE_ID,
                SandboxSeed.PROD_ROOT_RSA_SN).orElseThrow();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                boolean failing = i % 4 == 0;
                answers.add(pool.submit(() -> failing
                    ? store.insertCaIfAbsent(existing)
                    : store.setCaActive(SandboxSeed.PLATINUM_INSTANCE_ID, SandboxSeed.STAGING_EC_SN, false)));
            }
            for (int i = 0; i < 64; i++) {
                assertEquals(i % 4 != 0, answers.get(i).get());
            }
            pool.shutdown();
            assertFalse(store.findCa(SandboxSeed.PLATINUM_INSTANCE_ID, SandboxSeed.STAGING_EC_SN).orElseThrow()
                .active());
            assertEquals(existing.name(), store.findCa(SandboxSeed.PLATINUM_INSTANCE_ID,
                SandboxSeed.PROD_ROOT_RSA_SN).orElseThrow().name());
        }
    }

    @Test
    void aClosedStoreRefusesChangesClearly() {
        EmulatorStore store = EmulatorStore.open(dataDirectory, 2);
        store.close();
        StoreException e = assertThrows(StoreException.class,
            () -> store.setCaActive(SandboxSeed.PLATINUM_INSTANCE_ID, BigInteger.ONE.toString(), true));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
}
