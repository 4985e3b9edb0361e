package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.ApiAssertions.assertError;
import static io.mqttca.console.emulator.ApiAssertions.assertSuccess;
import static io.mqttca.console.emulator.SandboxSeed.LEGACY_INACTIVE_SN;
import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static io.mqttca.console.emulator.SandboxSeed.PROD_ROOT_RSA_SN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cloud.AcsV3Signer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway part: V3 signature checks, version and action, the error body, RequestIds and recording. */
class SignatureVerificationTest {

    private static final String STS_KEY = "sts-key";
    private static final String STS_SECRET = "sts-secret";
    private static final String STS_TOKEN = "sts-token-value";

    @TempDir
    Path dataDirectory;

    private Emulator emulator;
    private SignedClient client;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withAccessKey(
            new EmulatorAccessKey(STS_KEY, STS_SECRET, SandboxSeed.DEMO_ACCOUNT_ID, false, STS_TOKEN)));
        client = SignedClient.demo(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private SignedClient.Call listCas(SignedClient signer) {
        return signer.get("ListCaCertificate").instance(PLATINUM_INSTANCE_ID).param("PageNo", "1")
            .param("PageSize", "10");
    }

    private SignedClient.Call inactivateProdRoot() {
        return client.post("InactivateCaCertificate").instance(PLATINUM_INSTANCE_ID).param("Sn", PROD_ROOT_RSA_SN);
    }

    private boolean prodRootActive() {
        return emulator.store().findCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN).orElseThrow().active();
    }

    @Test
    void aCorrectlySignedCallSucceedsAndIsRecorded() {
        SignedClient.Response response = inactivateProdRoot().send();

        assertSuccess(response);
        assertEquals("application/json;charset=utf-8", response.contentType());
        RecordedRequest recorded = emulator.requests().get(0);
        assertEquals(response.body().get("RequestId").asText(), recorded.requestId());
        assertEquals("InactivateCaCertificate", recorded.action());
        assertEquals("POST", recorded.method());
        assertEquals(Map.of("MqttInstanceId", PLATINUM_INSTANCE_ID, "Sn", PROD_ROOT_RSA_SN), recorded.params());
        assertEquals(SandboxSeed.DEMO_KEY_ID, recorded.accessKeyId());
        assertEquals(200, recorded.httpStatus());
        assertTrue(recorded.succeeded());
    }

    @Test
    void everyResponseCarriesAFreshUpperCaseRequestId() {
        String first = listCas(client).send().body().get("RequestId").asText();
        String second = listCas(client).send().body().get("RequestId").asText();
        String error = client.get("NoSuchAction").send().body().get("RequestId").asText();

        assertTrue(first.matches(ApiAssertions.REQUEST_ID) && error.matches(ApiAssertions.REQUEST_ID));
        assertNotEquals(first, second);
        assertNotEquals(second, error);
    }

    @Test
    void errorBodyNamesTheHostAndATroubleshootLink() {
        SignedClient.Response response = client.get("NoSuchAction").send();

        assertError(response, 404, "InvalidAction.NotFound");
        assertEquals("127.0.0.1:" + emulator.port(), response.body().get("HostId").asText());
        assertEquals("Specified api is not found, please check your url and method.",
            response.body().get("Message").asText());
        String recommend = response.body().get("Recommend").asText();
        assertTrue(recommend.contains("q=InvalidAction.NotFound")
            && recommend.contains(response.body().get("RequestId").asText()), recommend);
        RecordedRequest recorded = emulator.requests().get(0);
        assertEquals("InvalidAction.NotFound", recorded.outcome());
        assertFalse(recorded.succeeded());
    }

    @Test
    void anUnknownAccessKeyAnswersInvalidAccessKeyIdNotFound() {
        SignedClient stranger = new SignedClient(emulator.baseUrl(), "nobody", "whatever");
        SignedClient.Response response = listCas(stranger).send();
        assertError(response, 404, "InvalidAccessKeyId.NotFound");
        assertEquals("nobody", emulator.requests().get(0).accessKeyId());
    }

    @Test
    void aSignatureMadeWithAnotherSecretAnswersSignatureDoesNotMatch() {
        assertError(inactivateProdRoot().signWithSecret("not-the-secret").send(), 400, "SignatureDoesNotMatch");
        assertTrue(prodRootActive());
    }

    @Test
    void aParameterChangedAfterSigningAnswersSignatureDoesNotMatch() {
        Instant date = Instant.now();
        String authorization = inactivateProdRoot().date(date).nonce("nonce-tamper").request().headers()
            .firstValue("Authorization").orElseThrow();

        SignedClient.Response response = client.post("InactivateCaCertificate").instance(PLATINUM_INSTANCE_ID)
            .param("Sn", LEGACY_INACTIVE_SN).date(date).nonce("nonce-tamper").authorization(authorization).send();

        assertError(response, 400, "SignatureDoesNotMatch");
    }

    @Test
    void aDateMoreThanFifteenMinutesOffAnswersInvalidTimeStampExpired() {
        assertError(listCas(client).date(Instant.now().minus(Duration.ofMinutes(16))).send(), 400,
            "InvalidTimeStamp.Expired");
        assertError(listCas(client).date(Instant.now().plus(Duration.ofMinutes(16))).send(), 400,
            "InvalidTimeStamp.Expired");
        assertSuccess(listCas(client).date(Instant.now().minus(Duration.ofMinutes(14))).send());
    }

    @Test
    void aDateThatIsNotIso8601AnswersInvalidTimeStampFormat() {
        assertError(listCas(client).header("x-acs-date", "Tue, 26 Oct 2023 10:22:32 GMT").send(), 400,
            "InvalidTimeStamp.Format");
    }

    @Test
    void aNonceUsedTwiceAnswersSignatureNonceUsed() {
        assertSuccess(listCas(client).nonce("nonce-once").send());
        assertError(listCas(client).nonce("nonce-once").send(), 400, "SignatureNonceUsed");
    }

    @Test
    void aRequestWithABadSignatureDoesNotUseUpItsNonce() {
        assertError(listCas(client).nonce("nonce-kept").signWithSecret("wrong").send(), 400,
            "SignatureDoesNotMatch");
        assertSuccess(listCas(client).nonce("nonce-kept").send());
    }

    @Test
    void aMissingAuthorizationHeaderAnswersIncompleteSignature() {
        assertError(listCas(client).authorization("").send(), 400, "IncompleteSignature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACS3-HMAC-SHA256 Credential=sandbox-demo-key",
        "ACS3-HMAC-SHA256 Credential=sandbox-demo-key,SignedHeaders=,Signature=00",
        "HMAC-SHA1 Credential=sandbox-demo-key,SignedHeaders=host,Signature=00", "Bearer abc"})
    void aGarbledAuthorizationHeaderAnswersIncompleteSignature(String authorization) {
        assertError(listCas(client).authorization(authorization).send(), 400, "IncompleteSignature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-acs-signature-nonce", "x-acs-date", "x-acs-content-sha256", "x-acs-version",
        "x-acs-action"})
    void aMissingCommonHeaderAnswersMissingParameter(String header) {
        SignedClient.Response response = listCas(client).omit(header).send();
        assertError(response, 400, "MissingParameter");
        assertTrue(response.body().get("Message").asText().contains(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
        "x-acs-content-sha256"})
    void aRequiredHeaderLeftOutOfSignedHeadersAnswersIncompleteSignature(String header) {
        assertError(listCas(client).unsigned(header).send(), 400, "IncompleteSignature");
    }

    @Test
    void anExtraAcsHeaderMustBeSignedToo() {
        assertError(listCas(client).header("x-acs-credentials-provider", "env").unsigned("x-acs-credentials-provider")
            .send(), 400, "IncompleteSignature");
        assertSuccess(listCas(client).header("x-acs-credentials-provider", "env").send());
    }

    @Test
    void aPayloadHashThatIsNotTheBodysAnswersSignatureDoesNotMatch() {
        assertError(listCas(client).payloadHash("0".repeat(64)).send(), 400, "SignatureDoesNotMatch");
    }

    @Test
    void aFormEncodedPostBodyIsReadAndCoveredByTheSignature() {
        SignedClient.Response response = client.post("InactivateCaCertificate").instance(PLATINUM_INSTANCE_ID)
            .formBody(Map.of("Sn", PROD_ROOT_RSA_SN)).send();

        assertSuccess(response);
        assertFalse(prodRootActive());
        assertEquals(PROD_ROOT_RSA_SN, emulator.requests().get(0).params().get("Sn"));
    }

    @Test
    void aFormBodyReplacedAfterSigningAnswersSignatureDoesNotMatch() {
        String signedHash = AcsV3Signer.sha256Hex(("Sn=" + LEGACY_INACTIVE_SN).getBytes(StandardCharsets.UTF_8));
        SignedClient.Response response = client.post("InactivateCaCertificate").instance(PLATINUM_INSTANCE_ID)
            .formBody(Map.of("Sn", PROD_ROOT_RSA_SN)).payloadHash(signedHash).send();

        assertError(response, 400, "SignatureDoesNotMatch");
        assertTrue(prodRootActive());
    }

    @Test
    void anStsKeyNeedsItsSecurityToken() {
        SignedClient sts = new SignedClient(emulator.baseUrl(), STS_KEY, STS_SECRET, STS_TOKEN);
        assertSuccess(listCas(sts).send());
        assertError(listCas(sts).securityToken("another-token").send(), 400,
            "InvalidSecurityToken.MismatchWithAccessKey");
        assertError(listCas(sts).securityToken(null).send(), 400, "InvalidSecurityToken.MismatchWithAccessKey");
    }

    @Test
    void aLongTermKeyMustNotSendASecurityToken() {
        assertError(listCas(client).securityToken("stray-token").send(), 400,
            "InvalidSecurityToken.MismatchWithAccessKey");
    }

    @Test
    void anotherApiVersionAnswersInvalidVersion() {
        assertError(listCas(client).version("2019-01-01").send(), 400, "InvalidVersion");
    }

    @Test
    void aMethodOtherThanGetOrPostIsRefused() {
        assertError(client.call("PUT", "ListCaCertificate").send(), 405, "UnsupportedHTTPMethod");
    }

    @Test
    void aReplacedRouteAnswersInsteadOfTheStore() {
        emulator.routes().put("ListCaCertificate", call -> {
            throw new ApiException(503, "ServiceUnavailable", "The request has failed due to a temporary failure.");
        });
        assertError(listCas(client).send(), 503, "ServiceUnavailable");

        emulator.routes().put("ListCaCertificate", call -> Map.of("Echo", call.param("MqttInstanceId")));
        SignedClient.Response echoed = listCas(client).send();
        assertSuccess(echoed);
        assertEquals(PLATINUM_INSTANCE_ID, echoed.body().get("Echo").asText());
    }

    @Test
    void aHandlerFailureAnswersInternalError() {
        emulator.routes().put("ListCaCertificate", call -> {
            throw new IllegalStateException("boom");
        });
        assertError(listCas(client).send(), 500, "InternalError");
    }

    @Test
    void theRouteTableHoldsTheFourteenDocumentedOperations() {
        assertEquals(List.of("ActiveCaCertificate", "ActiveDeviceCertificate", "DeleteCaCertificate",
            "DeleteDeviceCertificate", "GetCaCertificate", "GetDeviceCertificate", "GetRegisterCode",
            "InactivateCaCertificate", "InactivateDeviceCertificate", "ListCaCertificate", "ListDeviceCertificate",
            "ListDeviceCertificateByCaSn", "ListInstances", "RegisterCaCertificate"),
            List.copyOf(emulator.routes().actions()));
    }
}
