package io.mqttca.console.cloud;

import static io.mqttca.console.cloud.TestClients.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One client shared by many threads, as bulk activation uses it. */
class OnsMqttClientConcurrencyTest {

    @Test
    void manyThreadsActivateThroughOneClientWithEveryRequestSignedOnce() throws Exception {
        try (TestApiServer server = new TestApiServer()) {
            server.replyAlways(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Sn\":\"s\"}"));
            OnsMqttClient client = TestClients.client(server);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<SnResult>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String sn = String.format("%04x", i);
                results.add(pool.submit(() -> client.activateCaCertificate(new CaCertificateRef(INSTANCE, sn))));
            }
            for (Future<SnResult> result : results) {
                assertEquals("r", result.get(60, TimeUnit.SECONDS).requestId());
            }
            pool.shutdown();

            List<TestApiServer.Received> received = server.received();
            assertEquals(200, received.size());
            Set<String> sns = received.stream().map(r -> r.query().get("Sn")).collect(Collectors.toSet());
            assertEquals(200, sns.size(), "each Sn sent exactly once");
            Set<String> nonces = received.stream().map(r -> r.header("x-acs-signature-nonce"))
                .collect(Collectors.toSet());
            assertEquals(200, nonces.size());
            received.forEach(r -> TestClients.assertSignatureVerifies(r, TestClients.SECRET));
        }
    }
}
