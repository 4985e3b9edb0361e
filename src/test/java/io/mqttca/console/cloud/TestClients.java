package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Shared set-up of the client tests: keys, clients with their own rate-limit registry, signature checking. */
final class TestClients {

    static final String SECRET = "Secret-Value-9f8e7d";
    static final String TOKEN = "Sts-Token-Value-1a2b3c";
    static final Credentials KEY = Credentials.of("LTAI-test-id", SECRET, "test");
    static final Credentials STS_KEY = new Credentials("STS.test-id", SECRET, TOKEN, "test");
    static final String INSTANCE = "post-cn-test";
    /** Retries with waits of a millisecond or two, so tests stay quick. */
    static final RetryPolicy QUICK_RETRY = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(50));

    private TestClients() {
    }

    static OnsMqttClient.Builder builder(Endpoint endpoint, Credentials credentials) {
        return OnsMqttClient.builder(endpoint, credentials)
            .rateLimiters(new RateLimiterRegistry(TimeSource.SYSTEM))
            .retryPolicy(RetryPolicy.NONE)
            .connectTimeout(Duration.ofSeconds(2))
            .requestTimeout(Duration.ofSeconds(5));
    }

    static OnsMqttClient client(TestApiServer server) {
        return builder(server.endpoint(), KEY).build();
    }

    /** Recomputes the V3 signature from the headers and query the server received, with the secret. */
    static void assertSignatureVerifies(TestApiServer.Received received, String secret) {
        String authorization = received.header("authorization");
        assertTrue(authorization.startsWith(AcsV3Signer.ALGORITHM + " Credential="), authorization);
        String[] parts = authorization.substring(AcsV3Signer.ALGORITHM.length() + 1).split(",");
        String signedHeaders = parts[1].substring("SignedHeaders=".length());
        String signature = parts[2].substring("Signature=".length());
        List<String> names = Arrays.asList(signedHeaders.split(";"));
        SortedMap<String, String> signed = new TreeMap<>();
        names.forEach(name -> signed.put(name, received.header(name).trim()));
        received.headers().keySet().stream()
            .filter(name -> name.equals("host") || name.startsWith("x-acs-"))
            .forEach(name -> assertTrue(names.contains(name), name + " must be signed: " + signedHeaders));
        String expected = AcsV3Signer.signature(received.method(), "/", received.query(), signed,
            received.header("x-acs-content-sha256"), secret);
        assertEquals(expected, signature, "signature over the received request");
    }
}
