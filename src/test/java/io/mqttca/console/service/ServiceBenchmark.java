package io.mqttca.console.service;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Benchmarks of issue 3, run by hand (not part of {@code mvn verify}; see docs/benchmarks.md):
 * listing 10,000 CA certificates of one instance (all pages) and activating 2,000 inactive ones at the default
 * 500 calls/s, both through the real service and client over HTTP against the emulator.
 */
public final class ServiceBenchmark {

    private ServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("mqtt-ca-bench");
        long seedStart = System.nanoTime();
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dir.resolve("emulator")).withSeedCas(10_000)
                .withThreads(8));
             CloudCertificateService service = Connections.open("bench", Endpoint.of(emulator.baseUrl()),
                 Credentials.of(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET, "bench"),
                 new ChangeJournal(dir.resolve("journal.jsonl")))) {
            System.out.printf(Locale.ROOT, "seeded 10,000 extra CAs in %.2f s%n", seconds(seedStart));
            String instance = SandboxSeed.PLATINUM_INSTANCE_ID;

            service.listCaCertificates(instance).get(5, TimeUnit.MINUTES).items();
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                List<CaCertificate> cas = service.listCaCertificates(instance).get(5, TimeUnit.MINUTES).items();
                System.out.printf(Locale.ROOT, "list run %d: %d CA certificates (all pages) in %.2f s%n", run,
                    cas.size(), seconds(start));
            }

            List<String> inactive = service.listCaCertificates(instance).get().items().stream()
                .filter(ca -> !ca.isActive()).map(CaCertificate::sn).limit(2_000).toList();
            long start = System.nanoTime();
            List<ItemResult> results = service.changeCaCertificates(instance, ChangeAction.ACTIVATE_CA, inactive,
                BulkProgress.none()).results().get(5, TimeUnit.MINUTES);
            long failed = results.stream().filter(r -> !r.succeeded()).count();
            long throttled = results.stream().filter(r -> !r.succeeded()
                && r.failure().kind() == FailureKind.THROTTLED).count();
            System.out.printf(Locale.ROOT, "activated %d CA certificates in %.2f s: %d failed, %d throttled%n",
                results.size(), seconds(start), failed, throttled);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
