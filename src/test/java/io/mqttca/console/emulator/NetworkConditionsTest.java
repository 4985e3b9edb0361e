package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator as a test bench: delayed answers that overlap, faults before and after the change, retry-after. */
class NetworkConditionsTest {

    @TempDir
    Path dataDirectory;

    @Test
    void delayedAnswersOverlapInsteadOfQueueing() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory)
            .withLatency(Duration.ofMillis(400)))) {
            SignedClient client = SignedClient.demo(emulator);
            client.get("ListInstances").send();
            long started = System.nanoTime();
            List<CompletableFuture<SignedClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(client.get("ListInstances").sendAsync());
            }
            calls.forEach(call -> assertEquals(200, call.join().status()));
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            // Four handler threads would need four rounds of 400 ms for 16 calls.
            assertTrue(millis >= 400 && millis < 1_200, "16 calls answered after " + millis + " ms");
        }
    }

    @Test
    void faultsFailHalfBeforeTheChangeAndLoseTheOtherHalfsAnswerAfterIt() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withSeedCas(40)
            .withFaultRate(1.0, 7))) {
            SignedClient client = SignedClient.demo(emulator);
            List<String> inactive = emulator.store().listCas(PLATINUM_INSTANCE_ID, 1, 100).items().stream()
                .filter(ca -> !ca.active()).map(CaCertificateRecord::sn).toList();
            int refused = 0;
            int lost = 0;
            for (String sn : inactive.subList(0, 30)) {
                try {
                    SignedClient.Response response = client.post("ActiveCaCertificate").instance(PLATINUM_INSTANCE_ID)
                        .param("Sn", sn).send();
                    assertEquals(500, response.status());
                    assertEquals("InternalError", response.code());
                    assertTrue(!emulator.store().findCa(PLATINUM_INSTANCE_ID, sn).orElseThrow().active(),
                        "refused before the change: " + sn + " is still inactive");
                    refused++;
                } catch (UncheckedIOException e) {
                    assertTrue(emulator.store().findCa(PLATINUM_INSTANCE_ID, sn).orElseThrow().active(),
                        "answer lost after the change: " + sn + " is active");
                    lost++;
                }
            }

            assertTrue(refused > 5 && lost > 5, refused + " refused, " + lost + " lost");
            assertEquals(lost, emulator.requests().stream()
                .filter(request -> request.outcome().equals(RecordedRequest.ANSWER_LOST)).count());
        }
    }

    @Test
    void noFaultsByDefault() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory))) {
            SignedClient client = SignedClient.demo(emulator);
            for (int i = 0; i < 50; i++) {
                assertEquals(200, client.get("ListInstances").send().status());
            }
        }
    }

    @Test
    void aThrottledCallIsToldWhenTheNextSecondStarts() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withCallsPerSecond(2))) {
            SignedClient client = SignedClient.demo(emulator);
            SignedClient.Response throttled = null;
            for (int i = 0; i < 10 && throttled == null; i++) {
                SignedClient.Response response = client.get("ListInstances").send();
                if (response.status() != 200) {
                    throttled = response;
                }
            }

            assertEquals("Throttling.User", throttled.code());
            long retryAfter = Long.parseLong(throttled.retryAfter());
            assertTrue(retryAfter > 0 && retryAfter <= 1_000, "x-acs-retry-after " + retryAfter);
        }
    }
}
