package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.ApiAssertions.assertError;
import static io.mqttca.console.emulator.ApiAssertions.assertSuccess;
import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-account flow control: a fixed one-second window shared by all keys of an account. */
class ThrottlingTest {

    private static final int LIMIT = 20;

    @TempDir
    Path dataDirectory;

    private static SignedClient.Call listCas(SignedClient client) {
        return client.get("ListCaCertificate").instance(PLATINUM_INSTANCE_ID).param("PageNo", "1")
            .param("PageSize", "1");
    }

    private static List<SignedClient.Response> burst(List<SignedClient.Call> calls) {
        List<CompletableFuture<SignedClient.Response>> sent = new ArrayList<>();
        calls.forEach(call -> sent.add(call.sendAsync()));
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private static long succeeded(List<SignedClient.Response> responses) {
        return responses.stream().filter(response -> response.status() == 200).count();
    }

    @Test
    void aBurstBeyondTheLimitWithinOneSecondGetsThrottlingUser() {
        MutableClock clock = new MutableClock(Instant.now());
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withCallsPerSecond(LIMIT)
            .withClock(clock))) {
            SignedClient client = SignedClient.demo(emulator);
            List<SignedClient.Call> calls = new ArrayList<>();
            for (int i = 0; i < 3 * LIMIT; i++) {
                calls.add(listCas(client));
            }

            List<SignedClient.Response> responses = burst(calls);

            assertEquals(LIMIT, succeeded(responses));
            for (SignedClient.Response response : responses) {
                if (response.status() != 200) {
                    assertError(response, 400, "Throttling.User");
                    assertEquals("Request was denied due to user flow control.",
                        response.body().get("Message").asText());
                }
            }
        }
    }

    @Test
    void allKeysOfAnAccountShareItsLimitAndOtherAccountsKeepTheirOwn() {
        MutableClock clock = new MutableClock(Instant.now());
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withCallsPerSecond(LIMIT)
            .withClock(clock))) {
            List<SignedClient.Call> demoAccount = new ArrayList<>();
            for (int i = 0; i < LIMIT; i++) {
                demoAccount.add(listCas(SignedClient.demo(emulator)));
                demoAccount.add(listCas(SignedClient.readOnly(emulator)));
            }
            List<SignedClient.Call> otherAccount = new ArrayList<>();
            for (int i = 0; i < LIMIT; i++) {
                otherAccount.add(SignedClient.otherAccount(emulator).get("ListInstances"));
            }

            assertEquals(LIMIT, succeeded(burst(demoAccount)));
            assertEquals(LIMIT, succeeded(burst(otherAccount)));
        }
    }

    @Test
    void theNextWholeSecondOpensANewWindowEvenWhenLessThanASecondPassed() {
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(600));
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withCallsPerSecond(2)
            .withClock(clock))) {
            SignedClient client = SignedClient.demo(emulator);
            assertSuccess(listCas(client).send());
            assertSuccess(listCas(client).send());
            assertError(listCas(client).send(), 400, "Throttling.User");

            clock.advance(Duration.ofMillis(300));
            assertError(listCas(client).send(), 400, "Throttling.User");
            clock.advance(Duration.ofMillis(200));
            assertSuccess(listCas(client).send());
        }
    }

    @Test
    void aBurstOnTheRealClockIsThrottledToo() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withCallsPerSecond(LIMIT))) {
            SignedClient client = SignedClient.demo(emulator);
            List<SignedClient.Call> calls = new ArrayList<>();
            for (int i = 0; i < 5 * LIMIT; i++) {
                calls.add(listCas(client));
            }

            List<SignedClient.Response> responses = burst(calls);

            assertTrue(succeeded(responses) >= LIMIT, "the first window's calls pass");
            assertTrue(responses.stream().anyMatch(response -> "Throttling.User".equals(response.code())));
        }
    }
}
