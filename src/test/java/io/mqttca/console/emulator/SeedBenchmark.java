package io.mqttca.console.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed timings, run by hand ({@code mvn -o test -Dtest=SeedBenchmark}); surefire skips {@code *Benchmark} classes
 * in the normal build because timings on a shared machine are not pass/fail material.
 */
class SeedBenchmark {

    @TempDir
    Path dataDirectory;

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    @Test
    void timesTheDemoSeedAndTenThousandBulkCas() {
        for (int round = 1; round <= 3; round++) {
            try (EmulatorStore store = EmulatorStore.open(dataDirectory.resolve("seed" + round), 2)) {
                long start = System.nanoTime();
                SandboxSeed.seed(store, Instant.now());
                System.out.printf("demo seed, round %d: %.0f ms%n", round, millisSince(start));
            }
        }
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory.resolve("bulk" + round))
                .withSeedCas(10_000))) {
                System.out.printf("start with --seed-cas 10000, round %d: %.0f ms%n", round, millisSince(start));
                long page = System.nanoTime();
                Page<CaCertificateRecord> last = emulator.store().listCas(SandboxSeed.PLATINUM_INSTANCE_ID, 101, 100);
                System.out.printf("last page of 10,006 CAs: %.0f ms%n", millisSince(page));
                assertEquals(10_006, last.total());
            }
        }
    }
}
