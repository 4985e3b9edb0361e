package io.mqttca.console.cloud;

import static io.mqttca.console.cloud.TestClients.INSTANCE;
import static io.mqttca.console.cloud.TestClients.KEY;
import static io.mqttca.console.cloud.TestClients.SECRET;
import static io.mqttca.console.cloud.TestClients.TOKEN;
import static io.mqttca.console.cloud.TestClients.assertSignatureVerifies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What goes on the wire for each operation, checked on a real HTTP server on loopback. */
class OnsMqttClientRequestTest {

    private static final String CA_PEM = "-----BEGIN CERTIFICATE-----\nMIIB+/=\n-----END CERTIFICATE-----\n";

    private TestApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestApiServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> operations() {
        CaCertificateRef ca = new CaCertificateRef(INSTANCE, "00f26900ba87");
        DeviceCertificateRef device = new DeviceCertificateRef(INSTANCE, "00f26900ba87", "356217374433");
        String page = "{\"RequestId\":\"r\",\"Data\":{\"Total\":1,\"PageNo\":1,\"PageSize\":10}}";
        String caData = "{\"RequestId\":\"r\",\"Data\":{\"Sn\":\"00f26900ba87\",\"Status\":\"1\"}}";
        String deviceData = "{\"RequestId\":\"r\",\"Data\":{\"DeviceSn\":\"356217374433\",\"Status\":\"0\"}}";
        String sn = "{\"RequestId\":\"r\",\"Sn\":\"00f26900ba87\"}";
        String deviceSn = "{\"RequestId\":\"r\",\"DeviceSn\":\"356217374433\"}";
        Map<String, String> caQuery = Map.of("MqttInstanceId", INSTANCE, "Sn", "00f26900ba87");
        Map<String, String> deviceQuery = Map.of("MqttInstanceId", INSTANCE, "CaSn", "00f26900ba87",
            "DeviceSn", "356217374433");
        return Stream.of(
            call("ListCaCertificate", "GET", page, c -> c.listCaCertificates(INSTANCE, new PageRequest(2, 10)),
                Map.of("MqttInstanceId", INSTANCE, "PageNo", "2", "PageSize", "10")),
            call("GetCaCertificate", "GET", caData, c -> c.getCaCertificate(ca), caQuery),
            call("ActiveCaCertificate", "POST", sn, c -> c.activateCaCertificate(ca), caQuery),
            call("InactivateCaCertificate", "POST", sn, c -> c.inactivateCaCertificate(ca), caQuery),
            call("DeleteCaCertificate", "POST", sn, c -> c.deleteCaCertificate(ca), caQuery),
            call("RegisterCaCertificate", "POST", sn, c -> c.registerCaCertificate(
                    new RegisterCaRequest(INSTANCE, "mqtt ca*~", CA_PEM, CA_PEM)),
                Map.of("MqttInstanceId", INSTANCE, "CaName", "mqtt ca*~", "CaContent", CA_PEM,
                    "VerificationContent", CA_PEM)),
            call("GetRegisterCode", "GET", "{\"RequestId\":\"r\",\"RegisterCode\":\"code\"}",
                c -> c.getRegisterCode(INSTANCE), Map.of("MqttInstanceId", INSTANCE)),
            call("ListDeviceCertificateByCaSn", "GET", page,
                c -> c.listDeviceCertificatesByCaSn(INSTANCE, "00f26900ba87", new PageRequest(1, 100)),
                Map.of("MqttInstanceId", INSTANCE, "CaSn", "00f26900ba87", "PageNo", "1", "PageSize", "100")),
            call("ListDeviceCertificate", "GET", page,
                c -> c.listDeviceCertificates(INSTANCE, new PageRequest(3, 1)),
                Map.of("MqttInstanceId", INSTANCE, "PageNo", "3", "PageSize", "1")),
            call("GetDeviceCertificate", "GET", deviceData, c -> c.getDeviceCertificate(device), deviceQuery),
            call("ActiveDeviceCertificate", "POST", deviceSn, c -> c.activateDeviceCertificate(device),
                deviceQuery),
            call("InactivateDeviceCertificate", "POST", deviceSn, c -> c.inactivateDeviceCertificate(device),
                deviceQuery),
            call("DeleteDeviceCertificate", "POST", deviceSn, c -> c.deleteDeviceCertificate(device), deviceQuery),
            call("ListInstances", "POST", "{\"RequestId\":\"r\",\"Instances\":[]}",
                c -> c.listInstances(List.of(new InstanceTag("env", "prod"))),
                Map.of("Tags", "[{\"key\":\"env\",\"value\":\"prod\"}]")));
    }

    private static Arguments call(String action, String method, String reply, Consumer<OnsMqttClient> call,
                                  Map<String, String> query) {
        return Arguments.of(action, method, reply, call, query);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void sendsTheDocumentedMethodQueryAndSignedHeaders(String action, String method, String reply,
                                                      Consumer<OnsMqttClient> call, Map<String, String> query) {
        server.enqueue(TestApiServer.Reply.ok(reply));
        call.accept(TestClients.client(server));

        TestApiServer.Received received = server.last();
        assertEquals(method, received.method());
        assertEquals("/", received.path());
        assertEquals(query, received.query());
        assertEquals(action, received.header("x-acs-action"));
        assertEquals("2020-04-20", received.header("x-acs-version"));
        assertEquals(AcsV3Signer.EMPTY_PAYLOAD_HASH, received.header("x-acs-content-sha256"));
        assertEquals("application/json", received.header("accept"));
        assertEquals("127.0.0.1:" + server.port(), received.header("host"));
        assertTrue(received.header("user-agent").startsWith("mqtt-ca-console"));
        assertNull(received.header("content-type"), "no body, so no content type");
        assertSignatureVerifies(received, SECRET);
        assertTrue(received.header("authorization").contains("Credential=" + KEY.accessKeyId() + ","));
    }

    @Test
    void signsTheHostHeaderWithTheNonDefaultPortAsSentOnTheWire() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"RegisterCode\":\"c\"}"));
        TestClients.client(server).getRegisterCode(INSTANCE);
        String authorization = server.last().header("authorization");
        assertTrue(authorization.contains("SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
            + "x-acs-signature-nonce;x-acs-version,"), authorization);
    }

    @Test
    void sendsAndSignsTheStsTokenWhenTheKeyIsTemporary() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"RegisterCode\":\"c\"}"));
        TestClients.builder(server.endpoint(), TestClients.STS_KEY).build().getRegisterCode(INSTANCE);
        TestApiServer.Received received = server.last();
        assertEquals(TOKEN, received.header("x-acs-security-token"));
        assertTrue(received.header("authorization").contains("x-acs-security-token"));
        assertSignatureVerifies(received, SECRET);
    }

    @Test
    void sendsNoSecurityTokenForALongTermKey() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"RegisterCode\":\"c\"}"));
        TestClients.client(server).getRegisterCode(INSTANCE);
        assertFalse(server.last().headers().containsKey("x-acs-security-token"));
    }

    @Test
    void datesRequestsInUtcSecondsAndUsesAFreshNonceEachTime() {
        Clock clock = Clock.fixed(Instant.parse("2024-01-01T08:09:10.987Z"), ZoneOffset.ofHours(8));
        OnsMqttClient client = TestClients.builder(server.endpoint(), KEY).clock(clock).build();
        server.replyAlways(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"RegisterCode\":\"c\"}"));
        client.getRegisterCode(INSTANCE);
        client.getRegisterCode(INSTANCE);
        List<TestApiServer.Received> received = server.received();
        assertEquals("2024-01-01T08:09:10Z", received.get(0).header("x-acs-date"));
        assertTrue(received.get(0).header("x-acs-signature-nonce").matches("[0-9a-f]{32}"));
        assertNotEquals(received.get(0).header("x-acs-signature-nonce"),
            received.get(1).header("x-acs-signature-nonce"));
    }

    @Test
    void listInstancesWithoutTagsSendsNoQuery() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\"}"));
        TestClients.client(server).listInstances(List.of());
        assertNull(server.last().rawQuery());
        assertEquals("POST", server.last().method());
        assertSignatureVerifies(server.last(), SECRET);
    }

    @Test
    void percentEncodesUnicodeAndReservedCharactersInTheQuery() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Sn\":\"s\"}"));
        TestClients.client(server).registerCaCertificate(new RegisterCaRequest(INSTANCE, "证书 a+b&c=d", CA_PEM,
            CA_PEM));
        TestApiServer.Received received = server.last();
        assertEquals("证书 a+b&c=d", received.query().get("CaName"));
        assertTrue(received.rawQuery().contains("CaName=%E8%AF%81%E4%B9%A6%20a%2Bb%26c%3Dd"),
            received.rawQuery());
        assertSignatureVerifies(received, SECRET);
    }
}
