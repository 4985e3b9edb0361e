package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two saves of the profiles file at once, as the window's two background threads may run them. */
class ProfileStoreConcurrencyTest {

    private static final int ROUNDS = 300;

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static List<ConnectionProfile> profiles(String prefix, int count) {
        List<ConnectionProfile> profiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            profiles.add(new ConnectionProfile(prefix + i, prefix + " " + i, ConnectionProfile.Kind.ALIBABA_CLOUD,
                "cn-shanghai", null, CredentialSource.ENVIRONMENT, null, List.of(MqttInstance.byId("post-cn-" + i))));
        }
        return profiles;
    }

    private static List<ConnectionProfile> withSandbox(List<ConnectionProfile> stored) {
        List<ConnectionProfile> all = new ArrayList<>();
        all.add(ConnectionProfile.sandbox("S"));
        all.addAll(stored);
        return all;
    }

    private static List<String> ids(List<ConnectionProfile> profiles) {
        return profiles.stream().map(ConnectionProfile::id).toList();
    }

    /** Runs both tasks on the pool, released at the same moment, and waits for both. */
    private void runTogether(Callable<?> first, Callable<?> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<?> one = pool.submit(() -> {
            start.await();
            return first.call();
        });
        Future<?> two = pool.submit(() -> {
            start.await();
            return second.call();
        });
        start.countDown();
        one.get(10, TimeUnit.SECONDS);
        two.get(10, TimeUnit.SECONDS);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentSavesNeverFailAndAlwaysLeaveOneCompleteList() throws Exception {
        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        List<ConnectionProfile> small = profiles("small", 2);
        List<ConnectionProfile> large = profiles("large", 40);
        for (int round = 0; round < ROUNDS; round++) {
            runTogether(() -> {
                store.save(small);
                return null;
            }, () -> {
                store.save(large);
                return null;
            });
            List<ConnectionProfile> loaded = new ProfileStore(dir.resolve("profiles.json")).load("S");
            assertTrue(loaded.equals(withSandbox(small)) || loaded.equals(withSandbox(large)),
                "round " + round + " left " + loaded.size() + " profiles");
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theSaveSubmittedLaterWinsEvenWhenBothRunAtOnce() throws Exception {
        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        for (int round = 0; round < ROUNDS; round++) {
            List<ConnectionProfile> older = profiles("older" + round + "-", 20);
            List<ConnectionProfile> newer = profiles("newer" + round + "-", 1);
            long olderSave = store.nextSave();
            long newerSave = store.nextSave();
            runTogether(() -> store.save(olderSave, older), () -> store.save(newerSave, newer));
            assertEquals(ids(withSandbox(newer)), ids(new ProfileStore(dir.resolve("profiles.json")).load("S")),
                "round " + round);
        }
    }
}
