package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.ApiAssertions.assertError;
import static io.mqttca.console.emulator.ApiAssertions.assertFields;
import static io.mqttca.console.emulator.ApiAssertions.assertSuccess;
import static io.mqttca.console.emulator.SandboxSeed.BASIC_INSTANCE_ID;
import static io.mqttca.console.emulator.SandboxSeed.OTHER_ACCOUNT_INSTANCE_ID;
import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static io.mqttca.console.emulator.SandboxSeed.PROD_ROOT_RSA_SN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ListInstances, and the instance and caller checks every certificate operation makes. */
class InstanceAccessTest {

    @TempDir
    Path dataDirectory;

    private Emulator emulator;
    private SignedClient client;
    private String deviceSn;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory));
        client = SignedClient.demo(emulator);
        deviceSn = emulator.store().listDevicesByCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN, 1, 1).items().get(0)
            .deviceSn();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** Every certificate operation with parameters that would succeed on the demo instance. */
    private Map<String, String> validParams(String action) {
        return switch (action) {
            case "ListCaCertificate", "ListDeviceCertificate" -> Map.of("PageNo", "1", "PageSize", "10");
            case "ListDeviceCertificateByCaSn" -> Map.of("CaSn", PROD_ROOT_RSA_SN, "PageNo", "1", "PageSize", "10");
            case "GetCaCertificate", "ActiveCaCertificate", "InactivateCaCertificate", "DeleteCaCertificate" ->
                Map.of("Sn", PROD_ROOT_RSA_SN);
            case "GetDeviceCertificate", "ActiveDeviceCertificate", "InactivateDeviceCertificate",
                "DeleteDeviceCertificate" -> Map.of("CaSn", PROD_ROOT_RSA_SN, "DeviceSn", deviceSn);
            case "RegisterCaCertificate" -> registerParams();
            default -> Map.of();
        };
    }

    private Map<String, String> registerParams() {
        String code = emulator.store().findInstance(PLATINUM_INSTANCE_ID).orElseThrow().registerCode();
        TestCas ca = TestCas.ca("Access Check Root", BigInteger.valueOf(0x7001));
        return Map.of("CaName", "access-check", "CaContent", ca.pem(), "VerificationContent",
            ca.verificationPem(code));
    }

    static Stream<String> certificateActions() {
        return Stream.of("ListCaCertificate", "GetCaCertificate", "ActiveCaCertificate", "InactivateCaCertificate",
            "RegisterCaCertificate", "DeleteCaCertificate", "GetRegisterCode", "ListDeviceCertificateByCaSn",
            "ListDeviceCertificate", "GetDeviceCertificate", "ActiveDeviceCertificate", "InactivateDeviceCertificate",
            "DeleteDeviceCertificate");
    }

    static Stream<Arguments> changingActions() {
        return Stream.of("ActiveCaCertificate", "InactivateCaCertificate", "RegisterCaCertificate",
            "DeleteCaCertificate", "ActiveDeviceCertificate", "InactivateDeviceCertificate",
            "DeleteDeviceCertificate").map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("certificateActions")
    void everyCertificateOperationSucceedsOnTheDemoInstance(String action) {
        assertSuccess(client.post(action).instance(PLATINUM_INSTANCE_ID).params(validParams(action)).send());
    }

    @ParameterizedTest
    @MethodSource("certificateActions")
    void anUnknownInstanceAnswersMqttInstanceNotFound(String action) {
        assertError(client.post(action).instance("post-cn-nosuch").params(validParams(action)).send(), 500,
            "MqttInstanceNotFound");
    }

    @ParameterizedTest
    @MethodSource("certificateActions")
    void anInstanceOfAnotherAccountAnswersMqttOwnerCheckError(String action) {
        assertError(client.post(action).instance(OTHER_ACCOUNT_INSTANCE_ID).params(validParams(action)).send(), 500,
            "MqttOwnerCheckError");
    }

    @ParameterizedTest
    @MethodSource("certificateActions")
    void aBasicEditionInstanceAnswersInstanceNotSupported(String action) {
        SignedClient.Response response = client.post(action).instance(BASIC_INSTANCE_ID)
            .params(validParams(action)).send();
        assertError(response, 400, "InstanceNotSupported");
        assertTrue(response.body().get("Message").asText().contains("InstanceType 0"));
    }

    @ParameterizedTest
    @MethodSource("changingActions")
    void aReadOnlyKeyIsRefusedEveryChange(String action) {
        Map<String, String> params = validParams(action);
        SignedClient.Response response = SignedClient.readOnly(emulator).post(action).instance(PLATINUM_INSTANCE_ID)
            .params(params).send();

        assertError(response, 403, "PermissionCheckFailed");
        assertTrue(emulator.store().findCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN).orElseThrow().active());
        assertTrue(emulator.store().findDevice(PLATINUM_INSTANCE_ID, deviceSn).orElseThrow().active());
        assertEquals(6, emulator.store().countCas(PLATINUM_INSTANCE_ID));
    }

    @Test
    void aReadOnlyKeyMayRead() {
        SignedClient readOnly = SignedClient.readOnly(emulator);
        assertSuccess(readOnly.get("ListCaCertificate").instance(PLATINUM_INSTANCE_ID)
            .params(validParams("ListCaCertificate")).send());
        assertSuccess(readOnly.get("GetRegisterCode").instance(PLATINUM_INSTANCE_ID).send());
        assertSuccess(readOnly.get("ListInstances").send());
    }

    @Test
    void theOtherAccountReachesItsOwnInstance() {
        SignedClient other = SignedClient.otherAccount(emulator);
        SignedClient.Response response = other.get("ListCaCertificate").instance(OTHER_ACCOUNT_INSTANCE_ID)
            .params(validParams("ListCaCertificate")).send();
        assertSuccess(response);
        assertEquals(SandboxSeed.OTHER_ACCOUNT_CA_SN,
            response.data().get("CaCertificateVOS").get(0).get("Sn").asText());
        assertError(other.get("ListCaCertificate").instance(PLATINUM_INSTANCE_ID)
            .params(validParams("ListCaCertificate")).send(), 500, "MqttOwnerCheckError");
    }

    @Test
    void listInstancesAnswersTheCallersInstancesInTheDocumentedShape() {
        SignedClient.Response response = client.post("ListInstances").send();

        assertSuccess(response);
        JsonNode body = response.body();
        assertFields(body, "RequestId", "Code", "Message", "Success", "Instances");
        assertEquals("200", body.get("Code").textValue());
        assertEquals("operation success.", body.get("Message").textValue());
        assertEquals("true", body.get("Success").textValue());
        List<String> ids = new ArrayList<>();
        for (JsonNode instance : body.get("Instances")) {
            assertFields(instance, "InstanceId", "InstanceName", "InstanceStatus", "InstanceType", "Specific",
                "RegionId", "CreateTime", "ExpireTime", "KernelVersion", "MqttTags", "OrderId");
            assertTrue(instance.get("InstanceStatus").isInt() && instance.get("InstanceType").isInt());
            assertTrue(instance.get("CreateTime").isIntegralNumber() && instance.get("ExpireTime").isIntegralNumber());
            assertEquals("cn-hangzhou", instance.get("RegionId").asText());
            instance.get("MqttTags").forEach(tag -> assertFields(tag, "TagKey", "TagValue"));
            ids.add(instance.get("InstanceId").asText());
        }
        assertEquals(List.of(PLATINUM_INSTANCE_ID, BASIC_INSTANCE_ID), ids);
        assertEquals(1, body.get("Instances").get(0).get("InstanceType").asInt());
        assertEquals(0, body.get("Instances").get(1).get("InstanceType").asInt());
    }

    @Test
    void listInstancesFiltersByEveryTagGiven() {
        JsonNode both = client.post("ListInstances").param("Tags", "[{\"key\":\"env\",\"value\":\"sandbox\"}]")
            .send().body().get("Instances");
        assertEquals(2, both.size());

        JsonNode team = client.post("ListInstances")
            .param("Tags", "[{\"key\":\"env\",\"value\":\"sandbox\"},{\"key\":\"team\",\"value\":\"iot\"}]")
            .send().body().get("Instances");
        assertEquals(1, team.size());
        assertEquals(PLATINUM_INSTANCE_ID, team.get(0).get("InstanceId").asText());
    }

    @Test
    void listInstancesRefusesTagsThatAreNotAJsonArray() {
        assertError(client.post("ListInstances").param("Tags", "env=sandbox").send(), 400,
            "ParameterFieldCheckFailed");
    }
}
