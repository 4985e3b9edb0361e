package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk changes against an emulator that fails a fifth of the calls, half of them after the change was made (the
 * answer is lost): every item must be reported as what really happened.
 */
class ChangesUnderFaultsTest {

    private static final String INSTANCE = "post-cn-sandbox01";
    private static final int EXTRA_CAS = 60;

    @TempDir
    Path dir;

    private Emulator emulator;
    private CloudCertificateService service;
    private List<String> sns;

    @BeforeEach
    void start() throws Exception {
        emulator = Emulator.start(EmulatorConfig.defaults(dir.resolve("emulator")).withSeedCas(EXTRA_CAS)
            .withFaultRate(0.2, 7));
        service = Connections.open("Faulty sandbox", Endpoint.of(emulator.baseUrl()),
            Credentials.of(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET, "test"),
            new ChangeJournal(dir.resolve("journal.jsonl")));
        sns = service.listCaCertificates(INSTANCE).get(60, TimeUnit.SECONDS).items().stream()
            .map(CaCertificate::sn).toList();
    }

    @AfterEach
    void stop() {
        service.close();
        emulator.close();
    }

    private List<ItemResult> run(ChangeAction action) throws Exception {
        return service.changeCaCertificates(INSTANCE, action, sns, BulkProgress.none()).results()
            .get(120, TimeUnit.SECONDS);
    }

    @Test
    void everyDeleteIsReportedAsWhatHappened() throws Exception {
        List<ItemResult> results = run(ChangeAction.DELETE_CA);

        assertEquals(sns.size(), results.size());
        for (ItemResult result : results) {
            boolean present = emulator.store().findCa(INSTANCE, result.sn()).isPresent();
            assertEquals(!result.succeeded(), present, "reported " + result + ", still registered: " + present);
        }
        assertTrue(results.stream().filter(ItemResult::succeeded).count() >= sns.size() * 9 / 10L,
            "lost answers are settled by a read, not reported as failures: " + results);
    }

    @Test
    void everyActivationEndsActiveAndReportedOk() throws Exception {
        List<ItemResult> results = run(ChangeAction.ACTIVATE_CA);

        for (ItemResult result : results) {
            assertTrue(result.succeeded(), result.toString());
            assertTrue(emulator.store().findCa(INSTANCE, result.sn()).orElseThrow().active(), result.sn());
        }
    }
}
