package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.text.Text;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The window's own language governs the explanations it shows, whatever the layer they come from. */
class FailureTextsInChineseTest {

    private static final ServiceFailure NOT_FOUND = ServiceFailure.of(FailureKind.SERVER, "FindCaBySnError",
        "ca not found", "REQ-1", 400, Text.of(Text.CLOUD, "code.FindCaBySnError.explanation"),
        Text.of(Text.CLOUD, "code.FindCaBySnError.whatToDo"));

    private static UiContext context(Locale locale) {
        return new UiContext(Messages.bundle(locale), Runnable::run, Runnable::run, new RecordingDialogService(),
            new RecordingClipboard(), new StatusModel(), TestContexts.CLOCK);
    }

    @Test
    void theContextsLocaleIsItsBundles() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, context(Locale.SIMPLIFIED_CHINESE).locale());
        assertEquals(Locale.ROOT, context(Locale.ENGLISH).locale());
    }

    @Test
    void aServiceFailureIsExplainedInTheWindowsLanguage() {
        assertEquals("该实例上没有注册此序列号（Sn）的 CA 证书。", context(Locale.SIMPLIFIED_CHINESE).explanation(NOT_FOUND));
        assertEquals("请刷新 CA 列表：该 CA 可能已被删除，或此 Sn 属于另一个实例。",
            context(Locale.SIMPLIFIED_CHINESE).whatToDo(NOT_FOUND));
        assertEquals(NOT_FOUND.explanation(), context(Locale.ENGLISH).explanation(NOT_FOUND));
    }

    @Test
    void aBulkItemThatFailedIsExplainedInChinese() {
        BulkChange failing = (keys, progress) -> {
            ItemResult result = ItemResult.failed(keys.get(0), ChangeAction.ACTIVATE_DEVICE, NOT_FOUND);
            progress.itemDone(result, 1, 1);
            return new BulkOperation(CompletableFuture.completedFuture(List.of(result)), new AtomicBoolean());
        };
        BulkRunViewModel run = new BulkRunViewModel(context(Locale.SIMPLIFIED_CHINESE), ChangeAction.ACTIVATE_DEVICE,
            List.of(new BulkItem("d1", "door-1")), failing, new BulkRunViewModel.Listener() {
                @Override
                public void started(List<String> keys) {
                }

                @Override
                public void finished(List<ItemResult> results, BulkTotals totals) {
                }
            });
        run.start();
        String detail = run.items().get(0).detailProperty().get();

        assertTrue(detail.contains("该实例上没有注册此序列号（Sn）的 CA 证书。"), detail);
        assertTrue(detail.contains("请刷新 CA 列表"), detail);
        assertFalse(detail.contains("Refresh the CA list"), detail);
    }

    @Test
    void theServicesOwnMessageStaysVerbatimButTheConsolesOwnIsSaidInChinese() {
        ServiceFailure local = ServiceFailure.local(FailureKind.CANCELLED, "ConnectionClosed",
            Text.of(Text.SERVICE, "connectionClosed.explanation"), Text.of(Text.SERVICE, "connectionClosed.whatToDo"));
        UiContext chinese = context(Locale.SIMPLIFIED_CHINESE);

        assertEquals("ca not found", chinese.message(NOT_FOUND));
        assertEquals("连接在就绪之前就被关闭了。", chinese.message(local));
        assertEquals("The connection was closed before it was ready.", local.message(), "the support text's Message");
    }

    @Test
    void anUnexpectedErrorNamesNoJavaClass() {
        ServiceFailure failure = ErrorReport.failureOf(new IllegalStateException("boom"),
            context(Locale.SIMPLIFIED_CHINESE));

        assertEquals("Internal", failure.code());
        assertFalse(failure.message().contains("IllegalStateException"), failure.message());
        assertFalse(failure.explanation().contains("Exception"), failure.explanation());
    }
}
