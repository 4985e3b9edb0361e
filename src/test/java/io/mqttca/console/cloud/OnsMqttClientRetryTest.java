package io.mqttca.console.cloud;

import static io.mqttca.console.cloud.TestClients.INSTANCE;
import static io.mqttca.console.cloud.TestClients.QUICK_RETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which failures are retried, how often and after what wait; changes that are not safe to repeat never are. */
class OnsMqttClientRetryTest {

    private static final CaCertificateRef CA = new CaCertificateRef(INSTANCE, "00f26900ba87");
    private static final TestApiServer.Reply OK_SN = TestApiServer.Reply.ok("{\"RequestId\":\"ok\",\"Sn\":\"s\"}");
    private static final TestApiServer.Reply THROTTLED = TestApiServer.Reply.json(400,
        "{\"RequestId\":\"t\",\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow "
            + "control.\"}");
    private static final TestApiServer.Reply UNAVAILABLE = TestApiServer.Reply.json(503,
        "{\"RequestId\":\"u\",\"Code\":\"ServiceUnavailable\",\"Message\":\"temporary\"}");

    private TestApiServer server;
    private VirtualTime time;
    private OnsMqttClient client;

    @BeforeEach
    void start() throws Exception {
        server = new TestApiServer();
        time = new VirtualTime();
        client = retrying(server.endpoint());
    }

    private OnsMqttClient retrying(Endpoint endpoint) {
        return TestClients.builder(endpoint, TestClients.KEY).retryPolicy(QUICK_RETRY).timeSource(time)
            .random(() -> 0.5).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void succeedsAfterBeingThrottledTwice() {
        server.enqueue(THROTTLED, THROTTLED, OK_SN);
        SnResult result = client.activateCaCertificate(CA);
        assertEquals("ok", result.requestId());
        assertEquals(3, server.received().size());
        assertEquals(2, time.sleeps().size());
    }

    @Test
    void givesUpAfterTheMaximumAttemptsAndSaysHowMany() {
        server.replyAlways(UNAVAILABLE);
        MqttApiException e = assertThrows(MqttApiException.class, () -> client.getCaCertificate(CA));
        assertEquals(3, server.received().size());
        assertEquals(3, e.attempts());
        assertEquals("ServiceUnavailable", e.code());
    }

    @Test
    void neverRetriesRegister() {
        server.enqueue(UNAVAILABLE, OK_SN);
        MqttApiException e = assertThrows(MqttApiException.class, () -> client.registerCaCertificate(
            new RegisterCaRequest(INSTANCE, "ca", "PEM", "PEM")));
        assertEquals(1, server.received().size());
        assertEquals(1, e.attempts());
    }

    @Test
    void retriesADeleteTheServiceRefusedByThrottlingButNotOneThatFailedOtherwise() {
        server.enqueue(THROTTLED, THROTTLED, OK_SN);
        client.deleteCaCertificate(CA);
        assertEquals(3, server.received().size(), "a throttled delete was never carried out: it is sent again");

        server.enqueue(UNAVAILABLE, OK_SN);
        assertThrows(MqttApiException.class, () -> client.deleteDeviceCertificate(
            new DeviceCertificateRef(INSTANCE, "c", "d")));
        assertEquals(4, server.received().size(), "an unavailable service may have deleted it: not sent again");
    }

    @Test
    void aThrottledCallGivesUpAfterItsOwnBudgetOfAttempts() {
        server.replyAlways(THROTTLED);
        MqttApiException e = assertThrows(MqttApiException.class, () -> client.deleteCaCertificate(CA));
        assertEquals(RetryPolicy.THROTTLED_ATTEMPTS, e.attempts());
        assertEquals(RetryPolicy.THROTTLED_ATTEMPTS, server.received().size());
    }

    @Test
    void doesNotRetryAnErrorThatWillNotPass() {
        server.enqueue(TestApiServer.Reply.json(500, "{\"RequestId\":\"r\",\"Code\":\"FindCaBySnError\"}"), OK_SN);
        assertThrows(MqttApiException.class, () -> client.activateCaCertificate(CA));
        assertEquals(1, server.received().size());
    }

    @Test
    void waitsAtLeastTheTimeNamedInRetryAfter() {
        server.enqueue(new TestApiServer.Reply(400, "{\"RequestId\":\"t\",\"Code\":\"Throttling\"}",
            Map.of("x-acs-retry-after", "40")),
            TestApiServer.Reply.ok("{\"RequestId\":\"ok\",\"RegisterCode\":\"c\"}"));
        client.getRegisterCode(INSTANCE);
        assertEquals(2, server.received().size());
        Duration waited = time.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(waited.compareTo(Duration.ofMillis(40)) >= 0, "waited " + waited);
    }

    @Test
    void reportsARetryAfterLongerThanTheMaximumDelayInsteadOfWaiting() {
        server.enqueue(new TestApiServer.Reply(400, "{\"RequestId\":\"t\",\"Code\":\"Throttling\"}",
            Map.of("x-acs-retry-after", "60000")), OK_SN);
        MqttApiException e = assertThrows(MqttApiException.class, () -> client.getRegisterCode(INSTANCE));
        assertEquals(Duration.ofSeconds(60), e.retryAfter());
        assertEquals(1, server.received().size());
        assertTrue(time.sleeps().isEmpty());
    }

    @Test
    void retriesASafeCallWhoseConnectionWasReset() throws Exception {
        try (RawSocketPeer peer = new RawSocketPeer(RawSocketPeer.Behaviour.RESET_AFTER_REQUEST)) {
            MqttApiException e = assertThrows(MqttApiException.class,
                () -> retrying(peer.endpoint()).listInstances(null));
            assertEquals(ErrorKind.CONNECTION_RESET, e.kind());
            assertEquals(3, e.attempts());
            assertEquals(3, peer.requests());
        }
    }

    @Test
    void neverRetriesARegisterWhoseConnectionWasResetBecauseItMayHaveTakenEffect() throws Exception {
        try (RawSocketPeer peer = new RawSocketPeer(RawSocketPeer.Behaviour.RESET_AFTER_REQUEST)) {
            assertThrows(MqttApiException.class, () -> retrying(peer.endpoint()).registerCaCertificate(
                new RegisterCaRequest(INSTANCE, "ca", "PEM", "PEM")));
            assertEquals(1, peer.requests());
        }
    }

    @Test
    void retriesARefusedConnection() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        MqttApiException e = assertThrows(MqttApiException.class,
            () -> retrying(Endpoint.of("http://127.0.0.1:" + port)).getRegisterCode(INSTANCE));
        assertEquals(ErrorKind.CONNECTION_REFUSED, e.kind());
        assertEquals(3, e.attempts());
    }

    @Test
    void anInterruptedCallerIsCancelledBeforeAnythingIsSent() {
        Thread.currentThread().interrupt();
        try {
            MqttApiException e = assertThrows(MqttApiException.class, () -> client.getRegisterCode(INSTANCE));
            assertEquals(ErrorKind.CANCELLED, e.kind());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt stays visible to the caller");
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, server.received().size());
    }

    @Test
    void aCancelDuringTheBackOffStopsRetrying() {
        TimeSource interruptedWhileWaiting = new TimeSource() {
            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                throw new InterruptedException("operator cancelled");
            }
        };
        OnsMqttClient c = TestClients.builder(server.endpoint(), TestClients.KEY).retryPolicy(QUICK_RETRY)
            .timeSource(interruptedWhileWaiting).random(() -> 0.5).build();
        server.enqueue(THROTTLED, OK_SN);
        try {
            MqttApiException e = assertThrows(MqttApiException.class, () -> c.activateCaCertificate(CA));
            assertEquals(ErrorKind.CANCELLED, e.kind());
            assertFalse(e.isTransient());
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, server.received().size());
    }
}
