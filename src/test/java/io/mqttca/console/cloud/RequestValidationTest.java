package io.mqttca.console.cloud;

import static io.mqttca.console.cloud.TestClients.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests refused before sending: the error names the field, and the server never sees a request. */
class RequestValidationTest {

    /** 43 Chinese characters of 3 bytes each: 129 bytes in UTF-8. */
    private static final String SN_129_BYTES = "证".repeat(43);
    /** 42 Chinese characters and two ASCII letters: 128 bytes. */
    private static final String SN_128_BYTES = "证".repeat(42) + "ab";

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

    private MqttApiException refused(Executable call) {
        MqttApiException e = assertThrows(MqttApiException.class, call);
        assertEquals(ErrorKind.INVALID_REQUEST, e.kind());
        assertEquals(MqttApiException.INVALID_PARAMETER, e.code());
        assertEquals(0, server.received().size(), "nothing may reach the server");
        return e;
    }

    @Test
    void activateRefusesAnSnLongerThan128Bytes() {
        assertEquals(129, SN_129_BYTES.getBytes(StandardCharsets.UTF_8).length);
        MqttApiException e = refused(() -> client.activateCaCertificate(new CaCertificateRef(INSTANCE,
            SN_129_BYTES)));
        assertTrue(e.explanation().contains("Sn") && e.explanation().contains("129 bytes"), e.explanation());
        assertTrue(e.getMessage().contains("not sent"), e.getMessage());
    }

    @Test
    void activateSendsAnSnOfExactly128Bytes() {
        assertEquals(128, SN_128_BYTES.getBytes(StandardCharsets.UTF_8).length);
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Sn\":\"x\"}"));
        client.activateCaCertificate(new CaCertificateRef(INSTANCE, SN_128_BYTES));
        assertEquals(SN_128_BYTES, server.last().query().get("Sn"));
    }

    @Test
    void deviceCallsRefuseALongDeviceSnNamingTheField() {
        MqttApiException e = refused(() -> client.deleteDeviceCertificate(new DeviceCertificateRef(INSTANCE, "ca",
            SN_129_BYTES)));
        assertTrue(e.explanation().contains("DeviceSn"), e.explanation());
    }

    @Test
    void deviceCallsRefuseAMissingCaSn() {
        MqttApiException e = refused(() -> client.getDeviceCertificate(new DeviceCertificateRef(INSTANCE, "", "d")));
        assertTrue(e.explanation().contains("CaSn"), e.explanation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void everyCallRefusesAMissingInstanceId(String instanceId) {
        MqttApiException e = refused(() -> client.listCaCertificates(instanceId, PageRequest.first()));
        assertTrue(e.explanation().contains("MqttInstanceId"), e.explanation());
        refused(() -> client.getRegisterCode(null));
        refused(() -> client.deleteCaCertificate(new CaCertificateRef(instanceId, "sn")));
    }

    @Test
    void refusesAnSnWithSpacesAroundIt() {
        MqttApiException e = refused(() -> client.getCaCertificate(new CaCertificateRef(INSTANCE, "00f2 ")));
        assertTrue(e.whatToDo().contains("Remove the spaces"), e.whatToDo());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -1})
    void listRefusesAPageSizeOutside1To100(int pageSize) {
        MqttApiException e = refused(() -> client.listCaCertificates(INSTANCE, new PageRequest(1, pageSize)));
        assertTrue(e.explanation().contains("PageSize"), e.explanation());
    }

    @Test
    void listRefusesPageNumberZero() {
        MqttApiException e = refused(() -> client.listDeviceCertificates(INSTANCE, new PageRequest(0, 10)));
        assertTrue(e.explanation().contains("PageNo"), e.explanation());
    }

    @Test
    void listAcceptsTheEdgesOfTheRanges() {
        server.replyAlways(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Data\":{}}"));
        client.listCaCertificates(INSTANCE, new PageRequest(1, 1));
        client.listCaCertificates(INSTANCE, new PageRequest(1, 100));
        assertEquals(2, server.received().size());
    }

    @Test
    void registerRefusesMissingNameContentOrVerification() {
        MqttApiException name = refused(() -> client.registerCaCertificate(
            new RegisterCaRequest(INSTANCE, " ", "PEM", "PEM")));
        assertTrue(name.explanation().contains("CaName"), name.explanation());
        MqttApiException content = refused(() -> client.registerCaCertificate(
            new RegisterCaRequest(INSTANCE, "n", null, "PEM")));
        assertTrue(content.explanation().contains("CaContent"), content.explanation());
        MqttApiException verification = refused(() -> client.registerCaCertificate(
            new RegisterCaRequest(INSTANCE, "n", "PEM", "")));
        assertTrue(verification.explanation().contains("VerificationContent"), verification.explanation());
    }

    @Test
    void listInstancesRefusesATagWithoutKey() {
        refused(() -> client.listInstances(java.util.List.of(new InstanceTag("", "v"))));
    }
}
