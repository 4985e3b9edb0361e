package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.ApiAssertions.assertError;
import static io.mqttca.console.emulator.ApiAssertions.assertFields;
import static io.mqttca.console.emulator.ApiAssertions.assertSuccess;
import static io.mqttca.console.emulator.ApiAssertions.epochMillisString;
import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static io.mqttca.console.emulator.SandboxSeed.PROD_ROOT_RSA_SN;
import static io.mqttca.console.emulator.SandboxSeed.STAGING_EC_SN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceCertificateOperationsTest {

    private static final String[] DEVICE_FIELDS = {"ValidBegin", "ValidEnd", "DeviceSn", "DeviceName",
        "DeviceContent", "CaSn", "Status"};

    private static final String PARAMETER_MESSAGE =
        "Failed to validate the parameters. The parameters may be missing or invalid.";

    @TempDir
    Path dataDirectory;

    private Emulator emulator;
    private SignedClient client;
    private String sensorSn;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory));
        client = SignedClient.demo(emulator);
        sensorSn = emulator.store().listDevicesByCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN, 1, 1).items().get(0)
            .deviceSn();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private SignedClient.Call device(SignedClient.Call call, String caSn, String deviceSn) {
        return call.instance(PLATINUM_INSTANCE_ID).param("CaSn", caSn).param("DeviceSn", deviceSn);
    }

    private static void assertDevicePage(JsonNode body, int total, int items) {
        assertFields(body, "RequestId", "Data");
        JsonNode data = body.get("Data");
        assertFields(data, "Total", "PageNo", "PageSize", "DeviceCertificateVOS");
        assertTrue(data.get("Total").isInt() && data.get("PageNo").isInt() && data.get("PageSize").isInt());
        assertEquals(total, data.get("Total").asInt());
        assertEquals(items, data.get("DeviceCertificateVOS").size());
        for (JsonNode device : data.get("DeviceCertificateVOS")) {
            assertFields(device, DEVICE_FIELDS);
            assertTrue(device.get("Status").asText().matches("[01]"));
            assertTrue(epochMillisString(device.get("ValidBegin")) < epochMillisString(device.get("ValidEnd")));
        }
    }

    @Test
    void listDeviceCertificateAnswersEveryDeviceOfTheInstanceWithItemTotal() {
        SignedClient.Response response = client.get("ListDeviceCertificate").instance(PLATINUM_INSTANCE_ID)
            .param("PageNo", "1").param("PageSize", "4").send();

        assertSuccess(response);
        assertDevicePage(response.body(), 5, 4);
        List<String> names = new ArrayList<>();
        response.data().get("DeviceCertificateVOS").forEach(d -> names.add(d.get("DeviceName").asText()));
        assertEquals(List.of("sensor-0001", "sensor-0002", "gateway-0001", "staging-device-01"), names);
    }

    @Test
    void listDeviceCertificateByCaSnAnswersOnlyThatCasDevices() {
        SignedClient.Response response = client.get("ListDeviceCertificateByCaSn").instance(PLATINUM_INSTANCE_ID)
            .param("CaSn", STAGING_EC_SN).param("PageNo", "1").param("PageSize", "10").send();

        assertSuccess(response);
        assertDevicePage(response.body(), 2, 2);
        response.data().get("DeviceCertificateVOS").forEach(d -> assertEquals(STAGING_EC_SN, d.get("CaSn").asText()));
    }

    @Test
    void listDeviceCertificateByCaSnOfAnUnknownCaAnswersFindCaBySnError() {
        assertError(client.get("ListDeviceCertificateByCaSn").instance(PLATINUM_INSTANCE_ID).param("CaSn", "00aa")
            .param("PageNo", "1").param("PageSize", "10").send(), 500, "FindCaBySnError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ListDeviceCertificate", "ListDeviceCertificateByCaSn"})
    void devicePagingOutOfRangeIsRefusedWith400(String action) {
        assertError(client.get(action).instance(PLATINUM_INSTANCE_ID).param("CaSn", STAGING_EC_SN)
            .param("PageNo", "1").param("PageSize", "101").send(), 400, "ParameterFieldCheckFailed");
    }

    @Test
    void getDeviceCertificateAnswersTheSevenDocumentedFields() {
        SignedClient.Response response = device(client.get("GetDeviceCertificate"), PROD_ROOT_RSA_SN, sensorSn)
            .send();

        assertSuccess(response);
        assertFields(response.body(), "RequestId", "Data");
        JsonNode data = response.data();
        assertFields(data, DEVICE_FIELDS);
        assertEquals(sensorSn, data.get("DeviceSn").asText());
        assertEquals(PROD_ROOT_RSA_SN, data.get("CaSn").asText());
        assertEquals("sensor-0001", data.get("DeviceName").asText());
        assertEquals("1", data.get("Status").asText());
        assertTrue(data.get("DeviceContent").asText().startsWith("-----BEGIN CERTIFICATE-----\n"));
    }

    @Test
    void inactivateThenActivateDeviceFlipsItsStatusAndAnswersTheDeviceSn() {
        SignedClient.Response inactivated = device(client.post("InactivateDeviceCertificate"), PROD_ROOT_RSA_SN,
            sensorSn).send();
        assertSuccess(inactivated);
        assertFields(inactivated.body(), "RequestId", "DeviceSn");
        assertEquals(sensorSn, inactivated.body().get("DeviceSn").asText());
        assertFalse(emulator.store().findDevice(PLATINUM_INSTANCE_ID, sensorSn).orElseThrow().active());

        SignedClient.Response activated = device(client.post("ActiveDeviceCertificate"), PROD_ROOT_RSA_SN,
            sensorSn).send();
        assertSuccess(activated);
        assertFields(activated.body(), "RequestId", "DeviceSn");
        assertTrue(emulator.store().findDevice(PLATINUM_INSTANCE_ID, sensorSn).orElseThrow().active());
    }

    @Test
    void deleteDeviceRemovesOnlyThatRegistration() {
        SignedClient.Response response = device(client.post("DeleteDeviceCertificate"), PROD_ROOT_RSA_SN, sensorSn)
            .send();

        assertSuccess(response);
        assertFields(response.body(), "RequestId", "DeviceSn");
        assertTrue(emulator.store().findDevice(PLATINUM_INSTANCE_ID, sensorSn).isEmpty());
        assertEquals(4, emulator.store().listDevices(PLATINUM_INSTANCE_ID, 1, 100).total());
        assertTrue(emulator.store().findCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GetDeviceCertificate", "ActiveDeviceCertificate", "InactivateDeviceCertificate",
        "DeleteDeviceCertificate"})
    void anUnknownDeviceSnAnswersFindDeviceBySnError(String action) {
        assertError(device(client.post(action), PROD_ROOT_RSA_SN, "00feedface").send(), 500,
            "FindDeviceBySnError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GetDeviceCertificate", "ActiveDeviceCertificate", "InactivateDeviceCertificate",
        "DeleteDeviceCertificate"})
    void aDeviceAddressedUnderAnotherCaIsUnknown(String action) {
        assertError(device(client.post(action), STAGING_EC_SN, sensorSn).send(), 500, "FindDeviceBySnError");
        assertTrue(emulator.store().findDevice(PLATINUM_INSTANCE_ID, sensorSn).orElseThrow().active());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GetDeviceCertificate", "ActiveDeviceCertificate", "InactivateDeviceCertificate",
        "DeleteDeviceCertificate"})
    void deviceSnOrCaSnOver128BytesOrMissingIsRefusedWith400(String action) {
        String tooLong = "b".repeat(129);
        assertError(device(client.post(action), PROD_ROOT_RSA_SN, tooLong).send(), 400, "ParameterFieldCheckFailed");
        assertError(device(client.post(action), tooLong, sensorSn).send(), 400, "ParameterFieldCheckFailed");
        assertError(client.post(action).instance(PLATINUM_INSTANCE_ID).param("CaSn", PROD_ROOT_RSA_SN).send(), 400,
            "ParameterFieldCheckFailed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GetDeviceCertificate", "ActiveDeviceCertificate", "InactivateDeviceCertificate",
        "DeleteDeviceCertificate"})
    void snLengthIsCountedInUtf8BytesNotCharacters(String action) {
        String fortyThreeChineseCharacters = "设".repeat(43);
        SignedClient.Response deviceSn = device(client.post(action), PROD_ROOT_RSA_SN, fortyThreeChineseCharacters)
            .send();
        assertError(deviceSn, 400, "ParameterFieldCheckFailed");
        assertTrue(deviceSn.body().get("Message").asText().startsWith(PARAMETER_MESSAGE + " DeviceSn is longer than"
            + " 128 bytes."), deviceSn.body()::toString);
        SignedClient.Response caSn = device(client.post(action), fortyThreeChineseCharacters, sensorSn).send();
        assertError(caSn, 400, "ParameterFieldCheckFailed");
        assertTrue(caSn.body().get("Message").asText().contains("CaSn is longer than 128 bytes."),
            caSn.body()::toString);
        assertTrue(emulator.store().findDevice(PLATINUM_INSTANCE_ID, sensorSn).orElseThrow().active());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GetDeviceCertificate", "ActiveDeviceCertificate", "InactivateDeviceCertificate",
        "DeleteDeviceCertificate"})
    void aDeviceSnOfExactly128BytesPassesTheCheckAndIsLookedUp(String action) {
        SignedClient.Response response = device(client.post(action), PROD_ROOT_RSA_SN, "b".repeat(128)).send();

        assertError(response, 500, "FindDeviceBySnError");
        assertEquals("Failed to find the device certificate by the SN. Please check sn is valid",
            response.body().get("Message").asText());
    }

    @Test
    void listDeviceCertificateByCaSnRefusesACaSnOver128Bytes() {
        assertError(client.get("ListDeviceCertificateByCaSn").instance(PLATINUM_INSTANCE_ID)
            .param("CaSn", "设".repeat(43)).param("PageNo", "1").param("PageSize", "10").send(), 400,
            "ParameterFieldCheckFailed");
        assertError(client.get("ListDeviceCertificateByCaSn").instance(PLATINUM_INSTANCE_ID)
            .param("CaSn", "c".repeat(128)).param("PageNo", "1").param("PageSize", "10").send(), 500,
            "FindCaBySnError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ListDeviceCertificate", "ListDeviceCertificateByCaSn", "GetDeviceCertificate",
        "ActiveDeviceCertificate", "InactivateDeviceCertificate", "DeleteDeviceCertificate"})
    void anUnknownInstanceOrOneOfAnotherAccountAnswersWithTheDocumentedMessages(String action) {
        SignedClient.Response unknown = client.post(action).instance("post-cn-nosuch").param("CaSn", PROD_ROOT_RSA_SN)
            .param("DeviceSn", sensorSn).param("PageNo", "1").param("PageSize", "10").send();
        assertError(unknown, 500, "MqttInstanceNotFound");
        assertEquals("Specified instance is not found", unknown.body().get("Message").asText());

        SignedClient.Response foreign = client.post(action).instance(SandboxSeed.OTHER_ACCOUNT_INSTANCE_ID)
            .param("CaSn", SandboxSeed.OTHER_ACCOUNT_CA_SN).param("DeviceSn", sensorSn).param("PageNo", "1")
            .param("PageSize", "10").send();
        assertError(foreign, 500, "MqttOwnerCheckError");
        assertEquals("Failed to validate the instance permission", foreign.body().get("Message").asText());
    }
}
