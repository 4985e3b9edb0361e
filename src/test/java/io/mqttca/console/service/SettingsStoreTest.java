package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void settingsReadBackAsWritten() {
        ConsoleSettings settings = ConsoleSettings.defaults().withWindow(10, 20, 1500, 900, false)
            .withDisplay(true, "zh-CN", true, 14).withDividers(0.2, 0.8)
            .withSelection("c1", "post-cn-1", "00ab");
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(settings);

        assertEquals(settings, new SettingsStore(dir.resolve("settings.json")).load());
    }

    @Test
    void anAbsentOrDamagedFileGivesTheDefaults() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        assertTrue(Double.isNaN(store.load().windowX()));
        Files.writeString(dir.resolve("settings.json"), "{not json");
        assertEquals(30, store.load().warningDays());
    }

    @Test
    void missingOrNonsenseValuesFallBackToUsableOnes() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"windowWidth\": 3, \"warningDays\": -1}");
        ConsoleSettings settings = new SettingsStore(dir.resolve("settings.json")).load();
        assertEquals(1440, settings.windowWidth());
        assertEquals(Expiry.DEFAULT_WARNING_DAYS, settings.warningDays());
        assertTrue(settings.rightDivider() > settings.leftDivider());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void concurrentSavesNeverFailAndLeaveOneWholeFile() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        ConsoleSettings narrow = ConsoleSettings.defaults().withWindow(1, 2, 1000, 700, false);
        ConsoleSettings wide = ConsoleSettings.defaults().withWindow(3, 4, 1800, 1000, true)
            .withSelection("c1", "post-cn-1", "00ab");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                CountDownLatch start = new CountDownLatch(1);
                Future<?> one = pool.submit(() -> {
                    start.await();
                    store.save(narrow);
                    return null;
                });
                Future<?> two = pool.submit(() -> {
                    start.await();
                    store.save(wide);
                    return null;
                });
                start.countDown();
                one.get(10, TimeUnit.SECONDS);
                two.get(10, TimeUnit.SECONDS);
                ConsoleSettings loaded = new SettingsStore(dir.resolve("settings.json")).load();
                assertTrue(loaded.equals(narrow) || loaded.equals(wide), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
