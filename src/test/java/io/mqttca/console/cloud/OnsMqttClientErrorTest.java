package io.mqttca.console.cloud;

import static io.mqttca.console.cloud.TestClients.INSTANCE;
import static io.mqttca.console.cloud.TestClients.SECRET;
import static io.mqttca.console.cloud.TestClients.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Error answers, malformed answers and network failures, each mapped to one clear {@link MqttApiException}. */
class OnsMqttClientErrorTest {

    private static final String REQUEST_ID = "ERR-0F6A43-19E6";
    private static final CaCertificateRef CA = new CaCertificateRef(INSTANCE, "00f26900ba87");

    private TestApiServer server;
    private OnsMqttClient client;

    @BeforeEach
    void start() throws Exception {
        server = new TestApiServer();
        client = TestClients.client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String errorBody(String code, String message) {
        return "{\"RequestId\":\"" + REQUEST_ID + "\",\"HostId\":\"onsmqtt.cn-hangzhou.aliyuncs.com\",\"Code\":\""
            + code + "\",\"Message\":\"" + message + "\",\"Recommend\":\"https://api.alibabacloud.com/troubleshoot\"}";
    }

    private MqttApiException failGet() {
        return assertThrows(MqttApiException.class, () -> client.getCaCertificate(CA));
    }

    @ParameterizedTest(name = "{1} (HTTP {0})")
    @CsvSource({
        "400, ParameterFieldCheckFailed, SERVER_ERROR, parameter",
        "500, ParameterFieldCheckFailed, SERVER_ERROR, parameter",
        "500, FindCaBySnError, SERVER_ERROR, No CA certificate",
        "500, FindDeviceBySnError, SERVER_ERROR, No device certificate",
        "500, MqttInstanceNotFound, SERVER_ERROR, instance ID does not exist",
        "403, PermissionCheckFailed, SERVER_ERROR, permission check",
        "400, InstancePermissionCheckFailed, SERVER_ERROR, may use the instance",
        "500, MqttOwnerCheckError, SERVER_ERROR, does not belong",
        "500, RegisterCodeError, SERVER_ERROR, registration code",
        "400, Throttling, THROTTLED, throttling",
        "400, Throttling.User, THROTTLED, account's rate limit",
        "400, Throttling.Api, THROTTLED, API's rate limit",
        "500, SystemOverFlow, THROTTLED, overloaded",
        "400, SignatureDoesNotMatch, SERVER_ERROR, secret is most likely wrong",
        "404, InvalidAccessKeyId.NotFound, SERVER_ERROR, AccessKey ID does not exist",
        "400, InvalidAccessKeyId.Inactive, SERVER_ERROR, AccessKey is disabled",
        "400, InvalidTimeStamp.Expired, SERVER_ERROR, time stamp",
        "400, SignatureNonceUsed, SERVER_ERROR, nonce",
        "400, IncompleteSignature, SERVER_ERROR, incomplete",
        "400, InvalidSecurityToken.Expired, SERVER_ERROR, STS security token has expired",
        "403, Forbidden.RAM, SERVER_ERROR, RAM denied",
        "500, InternalError, SERVER_ERROR, internal error",
        "503, ServiceUnavailable, SERVER_ERROR, temporarily unavailable",
    })
    void explainsEveryDocumentedCode(int status, String code, ErrorKind kind, String explanationFragment) {
        server.enqueue(TestApiServer.Reply.json(status, errorBody(code, "service text for " + code)));

        MqttApiException e = failGet();

        assertEquals(kind, e.kind());
        assertEquals(status, e.httpStatus());
        assertEquals(code, e.code());
        assertEquals("service text for " + code, e.serverMessage());
        assertEquals(REQUEST_ID, e.requestId());
        assertEquals(Operation.GET_CA_CERTIFICATE, e.operation());
        assertTrue(e.explanation().contains(explanationFragment), e.explanation());
        assertFalse(e.whatToDo().isBlank());
        assertTrue(e.getMessage().contains(code) && e.getMessage().contains(REQUEST_ID), e.getMessage());
    }

    @Test
    void namesTheRamActionOfTheOperationWhenPermissionIsMissing() {
        server.enqueue(TestApiServer.Reply.json(403, errorBody("Forbidden.RAM", "denied")));
        MqttApiException e = assertThrows(MqttApiException.class, () -> client.inactivateCaCertificate(CA));
        assertTrue(e.whatToDo().contains("mq:UnregisterCaCertificate"), e.whatToDo());
    }

    @Test
    void explainsAnUnknownCodeGenericallyButShowsIt() {
        server.enqueue(TestApiServer.Reply.json(400, errorBody("InvalidParameter.Brand.New", "what")));
        MqttApiException e = failGet();
        assertEquals(ErrorKind.SERVER_ERROR, e.kind());
        assertTrue(e.explanation().contains("InvalidParameter.Brand.New"), e.explanation());
        assertTrue(e.explanation().contains("HTTP 400"), e.explanation());
    }

    @Test
    void treatsHttp429AsThrottlingEvenWithoutACode() {
        server.enqueue(TestApiServer.Reply.json(429, "{\"RequestId\":\"r\"}"));
        MqttApiException e = failGet();
        assertEquals(ErrorKind.THROTTLED, e.kind());
        assertEquals(429, e.httpStatus());
        assertEquals("r", e.requestId());
    }

    @Test
    void treatsAnyErrorWithRetryAfterAsThrottlingAndKeepsTheWait() {
        server.enqueue(new TestApiServer.Reply(400, errorBody("Unusual", "slow down"),
            Map.of("x-acs-retry-after", "1500")));
        MqttApiException e = failGet();
        assertEquals(ErrorKind.THROTTLED, e.kind());
        assertEquals(Duration.ofMillis(1500), e.retryAfter());
    }

    @Test
    void reportsASuccessFlagOfFalseAsAServerError() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Success\":\"false\",\"Code\":\"Odd\","
            + "\"Message\":\"no\"}"));
        MqttApiException e = assertThrows(MqttApiException.class, () -> client.listInstances(null));
        assertEquals(ErrorKind.SERVER_ERROR, e.kind());
        assertEquals("Odd", e.code());
    }

    @Test
    void reportsAnHtmlErrorPageAsMalformedWithItsStatus() {
        server.enqueue(new TestApiServer.Reply(502, "<html><head><title>502 Bad Gateway</title></head></html>",
            Map.of("Content-Type", "text/html")));
        MqttApiException e = failGet();
        assertEquals(ErrorKind.MALFORMED_RESPONSE, e.kind());
        assertEquals(502, e.httpStatus());
        assertTrue(e.explanation().contains("HTML"), e.explanation());
        assertTrue(e.explanation().contains(server.baseUrl()), e.explanation());
        assertTrue(e.isTransient(), "a gateway error may pass");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"RequestId\":\"r\",\"Data\":{\"Sn\":", "not json at all", "", "[1,2]"})
    void reportsABodyThatIsNotAJsonObjectAsMalformed(String body) {
        server.enqueue(TestApiServer.Reply.ok(body));
        MqttApiException e = failGet();
        assertEquals(ErrorKind.MALFORMED_RESPONSE, e.kind());
        assertEquals(200, e.httpStatus());
        assertFalse(e.isTransient());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no RequestId|{\"Data\":{\"Sn\":\"a\",\"Status\":\"1\"}}|no RequestId",
        "no Data|{\"RequestId\":\"r\"}|no Data",
        "CA without Sn|{\"RequestId\":\"r\",\"Data\":{\"Status\":\"1\"}}|has no Sn",
        "unknown status|{\"RequestId\":\"r\",\"Data\":{\"Sn\":\"a\",\"Status\":\"2\"}}|Status '2'",
        "no status|{\"RequestId\":\"r\",\"Data\":{\"Sn\":\"a\"}}|has no Status",
        "bad ValidEnd|{\"RequestId\":\"r\",\"Data\":{\"Sn\":\"a\",\"Status\":\"1\",\"ValidEnd\":\"soon\"}}|ValidEnd",
    })
    void reportsAMissingOrUnreadableRequiredFieldAsMalformed(String name, String body, String fragment) {
        server.enqueue(TestApiServer.Reply.ok(body));
        MqttApiException e = failGet();
        assertEquals(ErrorKind.MALFORMED_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void reportsAListItemWithoutSnAsMalformedNamingTheItem() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Data\":{\"CaCertificateVOS\":["
            + "{\"Sn\":\"a\",\"Status\":\"1\"},{\"Status\":\"1\"}]}}"));
        MqttApiException e = assertThrows(MqttApiException.class,
            () -> client.listCaCertificates(INSTANCE, PageRequest.first()));
        assertTrue(e.getMessage().contains("CaCertificateVOS[1] has no Sn"), e.getMessage());
        assertEquals("r", e.requestId());
    }

    @Test
    void reportsAnErrorStatusWithJsonButNoCodeAsMalformed() {
        server.enqueue(TestApiServer.Reply.json(500, "{\"RequestId\":\"r\",\"oops\":1}"));
        MqttApiException e = failGet();
        assertEquals(ErrorKind.MALFORMED_RESPONSE, e.kind());
        assertEquals(500, e.httpStatus());
    }

    @Test
    void neverRepeatsTheSecretOrTokenEvenWhenThePeerEchoesThem() {
        OnsMqttClient sts = TestClients.builder(server.endpoint(), TestClients.STS_KEY).build();
        server.enqueue(TestApiServer.Reply.json(400, errorBody("InvalidSecurityToken.Expired",
            "token " + TOKEN + " with secret " + SECRET)));
        MqttApiException e = assertThrows(MqttApiException.class, () -> sts.getRegisterCode(INSTANCE));
        server.enqueue(TestApiServer.Reply.ok("<html>" + TOKEN + SECRET + "</html>"));
        MqttApiException malformed = assertThrows(MqttApiException.class, () -> sts.getRegisterCode(INSTANCE));
        for (MqttApiException failure : new MqttApiException[] {e, malformed}) {
            String all = failure.getMessage() + failure.explanation() + failure.whatToDo() + failure.serverMessage();
            assertFalse(all.contains(TOKEN) || all.contains(SECRET), all);
        }
    }

    @Test
    void reportsAConnectionClosedBeforeTheAnswerAsReset() throws Exception {
        try (RawSocketPeer peer = new RawSocketPeer(RawSocketPeer.Behaviour.RESET_AFTER_REQUEST)) {
            OnsMqttClient c = TestClients.builder(peer.endpoint(), TestClients.KEY).build();
            MqttApiException e = assertThrows(MqttApiException.class, () -> c.getCaCertificate(CA));
            assertEquals(ErrorKind.CONNECTION_RESET, e.kind());
            assertEquals(0, e.httpStatus());
            assertTrue(e.explanation().contains(peer.endpoint().toString()), e.explanation());
        }
    }

    @Test
    void reportsAClosedPortAsRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Endpoint closed = Endpoint.of("http://127.0.0.1:" + port);
        OnsMqttClient c = TestClients.builder(closed, TestClients.KEY).build();
        MqttApiException e = assertThrows(MqttApiException.class, () -> c.getCaCertificate(CA));
        assertEquals(ErrorKind.CONNECTION_REFUSED, e.kind());
        assertTrue(e.explanation().contains("127.0.0.1:" + port), e.explanation());
        assertTrue(e.whatToDo().contains("emulator"), e.whatToDo());
    }

    @Test
    void reportsAServerThatNeverAnswersAsATimeout() throws Exception {
        try (RawSocketPeer peer = new RawSocketPeer(RawSocketPeer.Behaviour.NEVER_ANSWER)) {
            OnsMqttClient c = TestClients.builder(peer.endpoint(), TestClients.KEY)
                .requestTimeout(Duration.ofMillis(300)).build();
            MqttApiException e = assertThrows(MqttApiException.class, () -> c.getCaCertificate(CA));
            assertEquals(ErrorKind.NETWORK_TIMEOUT, e.kind());
            assertTrue(e.explanation().contains("300 ms"), e.explanation());
        }
    }

    @Test
    void reportsAPlainHttpServerOnAnHttpsUrlAsATlsFailure() throws Exception {
        try (RawSocketPeer peer = new RawSocketPeer(RawSocketPeer.Behaviour.PLAIN_HTTP_AT_ONCE)) {
            Endpoint https = Endpoint.of(peer.endpoint().toString().replace("http:", "https:"));
            OnsMqttClient c = TestClients.builder(https, TestClients.KEY).build();
            MqttApiException e = assertThrows(MqttApiException.class, () -> c.getCaCertificate(CA));
            assertEquals(ErrorKind.TLS, e.kind());
            assertNull(e.code());
            assertTrue(e.explanation().contains("TLS"), e.explanation());
        }
    }
}
