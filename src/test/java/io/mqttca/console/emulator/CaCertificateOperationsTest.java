package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.ApiAssertions.assertError;
import static io.mqttca.console.emulator.ApiAssertions.assertFields;
import static io.mqttca.console.emulator.ApiAssertions.assertSuccess;
import static io.mqttca.console.emulator.ApiAssertions.epochMillisString;
import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaCertificateOperationsTest {

    private static final String[] CA_FIELDS = {"RegistrationCode", "CaName", "Sn", "CaContent",
        "VerificationContent", "ValidBegin", "ValidEnd", "Status"};

    @TempDir
    Path dataDirectory;

    private Emulator emulator;
    private SignedClient client;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory));
        client = SignedClient.demo(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private SignedClient.Response list(String pageNo, String pageSize) {
        return client.get("ListCaCertificate").instance(PLATINUM_INSTANCE_ID).param("PageNo", pageNo)
            .param("PageSize", pageSize).send();
    }

    private SignedClient.Response caCall(String action, String sn) {
        return client.post(action).instance(PLATINUM_INSTANCE_ID).param("Sn", sn).send();
    }

    private String registerCode() {
        return client.get("GetRegisterCode").instance(PLATINUM_INSTANCE_ID).send().body().path("RegisterCode").asText();
    }

    private SignedClient.Response register(String name, String caPem, String verificationPem) {
        return client.post("RegisterCaCertificate").instance(PLATINUM_INSTANCE_ID).param("CaName", name)
            .param("CaContent", caPem).param("VerificationContent", verificationPem).send();
    }

    @Test
    void listAnswersTheDocumentedShapeWithIntegerPagingAndStringStatusAndValidity() {
        SignedClient.Response response = list("1", "10");

        assertSuccess(response);
        assertFields(response.body(), "RequestId", "Data");
        JsonNode data = response.data();
        assertFields(data, "Total", "PageNo", "PageSize", "CaCertificateVOS");
        assertTrue(data.get("Total").isInt() && data.get("PageNo").isInt() && data.get("PageSize").isInt());
        assertEquals(6, data.get("Total").asInt());
        assertEquals(1, data.get("PageNo").asInt());
        assertEquals(10, data.get("PageSize").asInt());
        for (JsonNode ca : data.get("CaCertificateVOS")) {
            assertFields(ca, CA_FIELDS);
            assertTrue(ca.get("Status").isTextual() && ca.get("Status").asText().matches("[01]"));
            assertTrue(epochMillisString(ca.get("ValidBegin")) < epochMillisString(ca.get("ValidEnd")));
            assertTrue(ca.get("CaContent").asText().startsWith("-----BEGIN CERTIFICATE-----\n"));
        }
    }

    @Test
    void listTotalCountsItemsAndPagesInRegistrationOrder() {
        List<String> all = new ArrayList<>();
        list("1", "100").data().get("CaCertificateVOS").forEach(ca -> all.add(ca.get("CaName").asText()));
        assertEquals(List.of("prod-root-rsa", "legacy-root-inactive", "edge-expiring-soon", "old-root-expired",
            "staging-ec", "east-china-prod-root"), all);

        JsonNode second = list("2", "4").data();
        assertEquals(6, second.get("Total").asInt());
        assertEquals(2, second.get("PageNo").asInt());
        assertEquals(List.of("staging-ec", "east-china-prod-root"),
            List.of(second.get("CaCertificateVOS").get(0).get("CaName").asText(),
                second.get("CaCertificateVOS").get(1).get("CaName").asText()));
        JsonNode beyond = list("3", "4").data();
        assertEquals(6, beyond.get("Total").asInt());
        assertEquals(0, beyond.get("CaCertificateVOS").size());
    }

    @ParameterizedTest
    @CsvSource({"0,10", "1,0", "1,101", "x,10", "1,ten", "'',10"})
    void listRefusesBadPagingWithTheStatusItsPageDocuments(String pageNo, String pageSize) {
        assertError(list(pageNo, pageSize), 500, "ParameterFieldCheckFailed");
    }

    @Test
    void listRefusesAMissingPageSize() {
        assertError(client.get("ListCaCertificate").instance(PLATINUM_INSTANCE_ID).param("PageNo", "1").send(),
            500, "ParameterFieldCheckFailed");
    }

    @Test
    void getAnswersTheEightDocumentedFields() {
        SignedClient.Response response = client.get("GetCaCertificate").instance(PLATINUM_INSTANCE_ID)
            .param("Sn", SandboxSeed.PROD_ROOT_RSA_SN).send();

        assertSuccess(response);
        assertFields(response.body(), "RequestId", "Data");
        JsonNode ca = response.data();
        assertFields(ca, CA_FIELDS);
        assertEquals(SandboxSeed.PROD_ROOT_RSA_SN, ca.get("Sn").asText());
        assertEquals("prod-root-rsa", ca.get("CaName").asText());
        assertEquals("1", ca.get("Status").asText());
        assertEquals(registerCode(), ca.get("RegistrationCode").asText());
        assertTrue(ca.get("VerificationContent").asText().contains("-----END CERTIFICATE-----"));
    }

    @Test
    void inactivateThenActivateFlipsTheStatusAndAnswersTheSn() {
        SignedClient.Response inactivated = caCall("InactivateCaCertificate", SandboxSeed.PROD_ROOT_RSA_SN);
        assertSuccess(inactivated);
        assertFields(inactivated.body(), "RequestId", "Sn");
        assertEquals(SandboxSeed.PROD_ROOT_RSA_SN, inactivated.body().get("Sn").asText());
        assertFalse(emulator.store().findCa(PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN).orElseThrow()
            .active());

        SignedClient.Response activated = caCall("ActiveCaCertificate", SandboxSeed.PROD_ROOT_RSA_SN);
        assertSuccess(activated);
        assertFields(activated.body(), "RequestId", "Sn");
        assertTrue(emulator.store().findCa(PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN).orElseThrow()
            .active());
    }

    @Test
    void activatingAnActiveCaAndInactivatingAnInactiveOneAreIdempotent() {
        assertSuccess(caCall("ActiveCaCertificate", SandboxSeed.PROD_ROOT_RSA_SN));
        assertSuccess(caCall("InactivateCaCertificate", SandboxSeed.LEGACY_INACTIVE_SN));

        assertTrue(emulator.store().findCa(PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN).orElseThrow()
            .active());
        assertFalse(emulator.store().findCa(PLATINUM_INSTANCE_ID, SandboxSeed.LEGACY_INACTIVE_SN).orElseThrow()
            .active());
    }

    @ParameterizedTest
    @CsvSource({"ActiveCaCertificate,500", "InactivateCaCertificate,500", "DeleteCaCertificate,500"})
    void changesOfAnUnknownSnAnswerFindCaBySnError(String action, int status) {
        assertError(caCall(action, "00deadbeef"), status, "FindCaBySnError");
    }

    @Test
    void getOfAnUnknownSnAnswersFindCaBySnError() {
        assertError(client.get("GetCaCertificate").instance(PLATINUM_INSTANCE_ID).param("Sn", "00deadbeef").send(),
            500, "FindCaBySnError");
    }

    @ParameterizedTest
    @CsvSource({"ActiveCaCertificate,400", "InactivateCaCertificate,500", "DeleteCaCertificate,400",
        "GetCaCertificate,400"})
    void snLongerThan128BytesIsRefusedWithEachOperationsDocumentedStatus(String action, int status) {
        String sn129 = "a".repeat(129);
        assertError(client.post(action).instance(PLATINUM_INSTANCE_ID).param("Sn", sn129).send(), status,
            "ParameterFieldCheckFailed");
    }

    @Test
    void snOf128BytesCountedInUtf8IsAcceptedAsFormAndJustNotFound() {
        String sn128 = "华".repeat(42) + "ab";
        assertEquals(128, sn128.getBytes(StandardCharsets.UTF_8).length);
        assertError(caCall("ActiveCaCertificate", sn128), 500, "FindCaBySnError");
        assertError(caCall("ActiveCaCertificate", "华".repeat(43)), 400, "ParameterFieldCheckFailed");
    }

    @ParameterizedTest
    @CsvSource({"ActiveCaCertificate,400", "InactivateCaCertificate,500", "DeleteCaCertificate,400",
        "GetCaCertificate,400"})
    void missingSnOrInstanceIsRefused(String action, int status) {
        assertError(client.post(action).instance(PLATINUM_INSTANCE_ID).send(), status, "ParameterFieldCheckFailed");
        assertError(client.post(action).param("Sn", SandboxSeed.PROD_ROOT_RSA_SN).send(), status,
            "ParameterFieldCheckFailed");
    }

    @Test
    void getRegisterCodeAnswersAStableUuidWithFourDigits() {
        SignedClient.Response first = client.get("GetRegisterCode").instance(PLATINUM_INSTANCE_ID).send();
        assertSuccess(first);
        assertFields(first.body(), "RequestId", "RegisterCode");
        String code = first.body().get("RegisterCode").asText();
        assertTrue(code.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\d{4}"), code);
        assertEquals(code, registerCode());
    }

    @Test
    void getRegisterCodeWithoutInstanceIsRefused() {
        assertError(client.get("GetRegisterCode").send(), 500, "ParameterFieldCheckFailed");
    }

    @Test
    void registerStoresAnActiveCaAndAnswersItsSn() {
        TestCas ca = TestCas.ca("Registered Root", new BigInteger("f00dcafe0001", 16));

        SignedClient.Response response = register("new-root", ca.pem(), ca.verificationPem(registerCode()));

        assertSuccess(response);
        assertFields(response.body(), "RequestId", "Sn");
        assertEquals("00f00dcafe0001", response.body().get("Sn").asText());
        JsonNode stored = client.get("GetCaCertificate").instance(PLATINUM_INSTANCE_ID).param("Sn", ca.sn()).send()
            .data();
        assertEquals("new-root", stored.get("CaName").asText());
        assertEquals("1", stored.get("Status").asText());
        assertEquals(ca.pem(), stored.get("CaContent").asText());
        assertEquals(Long.toString(ca.certificate().getNotAfter().getTime()), stored.get("ValidEnd").asText());
        assertEquals(7, list("1", "100").data().get("Total").asInt());
    }

    @Test
    void registerRefusesAVerificationCertificateWithAnotherCn() {
        TestCas ca = TestCas.ca("Wrong CN Root", BigInteger.valueOf(0x5001));
        SignedClient.Response response = register("wrong-cn", ca.pem(), ca.verificationPem("not-the-code"));
        assertError(response, 500, "RegisterCodeError");
        assertTrue(response.body().get("Message").asText().contains("CN is not the registration code"));
        assertTrue(emulator.store().findCa(PLATINUM_INSTANCE_ID, ca.sn()).isEmpty());
    }

    @Test
    void registerRefusesAVerificationCertificateSignedByAnotherKey() {
        TestCas ca = TestCas.ca("Claimed Root", BigInteger.valueOf(0x5002));
        TestCas impostor = TestCas.ca("Claimed Root", BigInteger.valueOf(0x5003));
        SignedClient.Response response = register("wrong-signer", ca.pem(), impostor.verificationPem(registerCode()));
        assertError(response, 500, "RegisterCodeError");
        assertTrue(response.body().get("Message").asText().contains("not signed by the CA's key"));
    }

    @Test
    void registerRefusesACertificateThatIsNotACa() {
        TestCas leaf = TestCas.notACa("Leaf", BigInteger.valueOf(0x5004));
        assertError(register("leaf", leaf.pem(), leaf.verificationPem(registerCode())), 400,
            "ParameterFieldCheckFailed");
    }

    @Test
    void registerRefusesAnSnAlreadyOnTheInstance() {
        TestCas ca = TestCas.ca("Twice", BigInteger.valueOf(0x5005));
        String verification = ca.verificationPem(registerCode());
        assertSuccess(register("first", ca.pem(), verification));

        SignedClient.Response again = register("second", ca.pem(), verification);

        assertError(again, 400, "ParameterFieldCheckFailed");
        assertTrue(again.body().get("Message").asText().contains(ca.sn()));
        assertEquals("first", emulator.store().findCa(PLATINUM_INSTANCE_ID, ca.sn()).orElseThrow().name());
    }

    @Test
    void registerRefusesTextThatIsNotAPemCertificate() {
        TestCas ca = TestCas.ca("Garbled", BigInteger.valueOf(0x5006));
        assertError(register("garbled", "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
            ca.verificationPem(registerCode())), 400, "ParameterFieldCheckFailed");
        assertError(register("garbled", ca.pem(), "hello"), 400, "ParameterFieldCheckFailed");
    }

    @Test
    void registerRefusesACaNameLongerThan1024Characters() {
        TestCas ca = TestCas.ca("Long Name", BigInteger.valueOf(0x5007));
        assertError(register("n".repeat(1025), ca.pem(), ca.verificationPem(registerCode())), 400,
            "ParameterFieldCheckFailed");
    }

    @Test
    void registerRefusesMissingParameters() {
        assertError(client.post("RegisterCaCertificate").instance(PLATINUM_INSTANCE_ID).param("CaName", "x").send(),
            400, "ParameterFieldCheckFailed");
    }

    @Test
    void deleteRemovesTheCaAndEveryDeviceCertificateUnderIt() {
        assertEquals(3, emulator.store().listDevicesByCa(PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN, 1, 100)
            .total());

        SignedClient.Response response = caCall("DeleteCaCertificate", SandboxSeed.PROD_ROOT_RSA_SN);

        assertSuccess(response);
        assertFields(response.body(), "RequestId", "Sn");
        assertTrue(emulator.store().findCa(PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN).isEmpty());
        assertEquals(0, emulator.store().listDevicesByCa(PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN, 1, 100)
            .total());
        assertEquals(2, emulator.store().listDevices(PLATINUM_INSTANCE_ID, 1, 100).total());
        assertError(caCall("DeleteCaCertificate", SandboxSeed.PROD_ROOT_RSA_SN), 500, "FindCaBySnError");
    }
}
