package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.text.BundlePair;
import io.mqttca.console.text.Text;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The cloud layer's explanations: complete in both languages, and the English the command line prints unchanged. */
class ExplanationBundleTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    private static final BundlePair BUNDLE = BundlePair.of(Text.CLOUD);

    @Test
    void everyKeyIsInEnglishAndChineseWithTheSameArguments() {
        BundlePair.assertComplete(Text.CLOUD);
    }

    @Test
    void everyCatalogueCodeHasAnExplanationAndWhatToDoInBothLanguages() {
        for (String code : ErrorCatalog.KNOWN_CODES) {
            ErrorCatalog.Advice advice = ErrorCatalog.forCode(code, Operation.LIST_CA_CERTIFICATE, 400);
            BUNDLE.assertHas(advice.explanation().key());
            BUNDLE.assertHas(advice.whatToDo().key());
            assertTrue(BundlePair.hasChinese(advice.explanation().in(CHINESE)), code);
            assertTrue(BundlePair.hasChinese(advice.whatToDo().in(CHINESE)), code);
        }
    }

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void everyErrorKindHasAnExplanationAndWhatToDoInBothLanguages(ErrorKind kind) {
        BUNDLE.assertHas("kind." + kind.name() + ".explanation");
        BUNDLE.assertHas("kind." + kind.name() + ".whatToDo");
        ErrorCatalog.Advice advice = ErrorCatalog.forKind(kind, Endpoint.of("https://mqtt.example.com"), "x");
        assertTrue(BundlePair.hasChinese(advice.explanation().in(CHINESE)), kind.name());
    }

    @Test
    void englishOfAnUnknownCodeIsAsBefore() {
        ErrorCatalog.Advice advice = ErrorCatalog.forCode("Odd.Code", Operation.LIST_CA_CERTIFICATE, 400);

        assertEquals("The service answered ListCaCertificate with the error Odd.Code (HTTP 400).",
            advice.explanation().english());
        assertEquals("Read the service's message in the details; if it is unclear, search the Alibaba Cloud "
            + "troubleshooting site for the Code and quote the RequestId to support.", advice.whatToDo().english());
        assertEquals("服务对 ListCaCertificate 返回了错误 Odd.Code（HTTP 400）。", advice.explanation().in(CHINESE));
    }

    @Test
    void englishOfAPermissionRefusalNamesTheRamActionAsBefore() {
        ErrorCatalog.Advice advice = ErrorCatalog.forCode("Forbidden.RAM", Operation.LIST_CA_CERTIFICATE, 403);

        assertEquals("Ask the account administrator to allow the RAM action mq:ListCaCertificate on this instance "
            + "for the RAM user or role of this AccessKey.", advice.whatToDo().english());
        assertTrue(advice.whatToDo().in(CHINESE).contains("mq:ListCaCertificate"));
    }

    @Test
    void englishOfANetworkFailureIsAsBefore() {
        ErrorCatalog.Advice refused = ErrorCatalog.forKind(ErrorKind.CONNECTION_REFUSED,
            Endpoint.of("http://127.0.0.1:1"), "refused");
        ErrorCatalog.Advice timeout = ErrorCatalog.forKind(ErrorKind.NETWORK_TIMEOUT, null, "10 s");

        assertEquals("Start the local emulator (or the sandbox profile) and try again.", refused.whatToDo().english());
        assertEquals("No answer from the endpoint in time (10 s).", timeout.explanation().english());
        assertEquals("接入点 没有及时应答（10 s）。", timeout.explanation().in(CHINESE));
    }

    @Test
    void aRefusedRequestIsExplainedInBothLanguages() {
        RequestChecks checks = new RequestChecks(Endpoint.of("https://mqtt.example.com"));
        MqttApiException e = assertThrows(MqttApiException.class,
            () -> checks.serial(Operation.GET_CA_CERTIFICATE, "Sn", "x".repeat(129)));

        assertEquals("The serial number (Sn) is 129 bytes long in UTF-8; the service accepts at most 128.",
            e.explanation());
        assertEquals("序列号（Sn）按 UTF-8 编码长 129 字节；服务最多接受 128 字节。", e.explanationText().in(CHINESE));
    }

    @Test
    void missingCredentialsAreExplainedInBothLanguages(@TempDir Path home) {
        CredentialsResolver resolver = new CredentialsResolver(Map.of(), home);
        CredentialsException e = assertThrows(CredentialsException.class, resolver::resolve);

        assertEquals("No Alibaba Cloud AccessKey was found. Tried: environment variables ALIBABA_CLOUD_ACCESS_KEY_ID "
            + "and ALIBABA_CLOUD_ACCESS_KEY_SECRET (not set); aliyun CLI profile file " + resolver.cliConfigFile()
            + " (not found).", e.getMessage());
        assertEquals("未找到阿里云 AccessKey。已尝试：环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET"
            + "（未设置）；aliyun CLI 配置文件 " + resolver.cliConfigFile() + "（未找到）。", e.text().in(CHINESE));
    }

    @Test
    void aBadEndpointIsExplainedInBothLanguages() {
        EndpointException e = assertThrows(EndpointException.class, () -> Endpoint.of("http://example.com"));

        assertEquals("The endpoint 'http://example.com' uses plain http, which would send signed requests "
            + "unencrypted. Use https:// \u2014 plain http is allowed only for 127.0.0.1, ::1 or localhost (the local "
            + "emulator).", e.getMessage());
        assertTrue(e.text().in(CHINESE).startsWith("接入点 'http://example.com' 使用明文 http"), e.text().in(CHINESE));
    }
}
