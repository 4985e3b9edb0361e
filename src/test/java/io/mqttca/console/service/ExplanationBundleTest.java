package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.text.BundlePair;
import io.mqttca.console.text.Text;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures of the service layer, real ones from the emulator over loopback included, are said in Chinese for the
 * window and stay in the command line's English.
 */
class ExplanationBundleTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;

    @TempDir
    Path dir;

    private Emulator emulator;
    private CloudCertificateService service;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dir.resolve("emulator")));
        service = Connections.open("Local sandbox", Endpoint.of(emulator.baseUrl()),
            Credentials.of(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET, "test"),
            new ChangeJournal(dir.resolve("journal.jsonl")));
    }

    @AfterEach
    void stop() {
        service.close();
        emulator.close();
    }

    private static ServiceFailure failureOf(CompletableFuture<?> future) {
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
        assertTrue(thrown.getCause() instanceof ServiceException, "cause: " + thrown.getCause());
        return ((ServiceException) thrown.getCause()).failure();
    }

    @Test
    void everyKeyIsInEnglishAndChineseWithTheSameArguments() {
        BundlePair.assertComplete(Text.SERVICE);
    }

    @Test
    void anUnknownCaFromTheEmulatorIsExplainedInChinese() {
        ServiceFailure failure = failureOf(service.getCaCertificate(INSTANCE, "no-such-sn"));

        assertEquals("FindCaBySnError", failure.code());
        assertTrue(failure.answeredByService());
        assertEquals("No CA certificate with this serial number (Sn) is registered on the instance.",
            failure.explanation());
        assertEquals(failure.explanation(), failure.explanationIn(Locale.ROOT));
        assertEquals("该实例上没有注册此序列号（Sn）的 CA 证书。", failure.explanationIn(CHINESE));
        assertEquals("请刷新 CA 列表：该 CA 可能已被删除，或此 Sn 属于另一个实例。", failure.whatToDoIn(CHINESE));
    }

    @Test
    void aWrongSecretAtTheEmulatorIsExplainedInChinese() {
        CloudCertificateService wrong = Connections.open("Local sandbox", Endpoint.of(emulator.baseUrl()),
            Credentials.of(SandboxSeed.DEMO_KEY_ID, "not-the-secret", "test"),
            new ChangeJournal(dir.resolve("journal2.jsonl")));
        try {
            ServiceFailure failure = failureOf(wrong.listCaCertificates(INSTANCE));

            assertEquals("SignatureDoesNotMatch", failure.code());
            assertTrue(BundlePair.hasChinese(failure.explanationIn(CHINESE)), failure.explanationIn(CHINESE));
            assertTrue(BundlePair.hasChinese(failure.whatToDoIn(CHINESE)), failure.whatToDoIn(CHINESE));
            assertFalse(BundlePair.hasChinese(failure.explanation()));
        } finally {
            wrong.close();
        }
    }

    @Test
    void anUnexpectedErrorHasAStableCodeAndNoClassNameInItsTexts() {
        ServiceFailure failure = Failures.of(new IllegalStateException("boom in the parser"));

        assertEquals("Internal", failure.code());
        assertEquals(FailureKind.INTERNAL, failure.kind());
        for (String text : new String[] {failure.explanation(), failure.whatToDo(), failure.message(),
            failure.explanationIn(CHINESE), failure.whatToDoIn(CHINESE)}) {
            assertFalse(text.contains("IllegalStateException"), text);
            assertFalse(text.contains("Exception"), text);
        }
        assertEquals("控制台遇到了意外错误。", failure.explanationIn(CHINESE));
    }

    @Test
    void aMissingEndpointIsExplainedInBothLanguages() {
        ServiceException e = assertThrows(ServiceException.class, () -> Connections.endpoint(null, null, Map.of()));

        assertEquals("No region or endpoint given. Pass --region (e.g. cn-hangzhou) or --endpoint URL, or set "
            + "ALIBABA_CLOUD_REGION_ID.", e.failure().explanation());
        assertNotEquals(e.failure().explanation(), e.failure().explanationIn(CHINESE));
        assertTrue(e.failure().explanationIn(CHINESE).contains("--region"));
    }

    @Test
    void aFailureWithoutTranslationIsTheSameInEveryLanguage() {
        ServiceFailure failure = ServiceFailure.local(FailureKind.INVALID_INPUT, "X", "Plain words.", "Do this.");

        assertEquals("Plain words.", failure.explanationIn(CHINESE));
        assertEquals("Do this.", failure.whatToDoIn(CHINESE));
    }
}
