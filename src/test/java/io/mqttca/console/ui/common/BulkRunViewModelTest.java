package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.BulkRunViewModel.Item;
import io.mqttca.console.ui.common.BulkRunViewModel.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BulkRunViewModelTest {

    private static final List<BulkItem> ITEMS = List.of(new BulkItem("d1", "door-1"), new BulkItem("d2", "door-2"),
        new BulkItem("d3", "door-3"));

    private final UiContext context = TestContexts.context(new RecordingDialogService(), new RecordingClipboard());
    private final FakeChange change = new FakeChange(ChangeAction.ACTIVATE_DEVICE);
    private final List<List<String>> started = new ArrayList<>();
    private final List<List<ItemResult>> finished = new ArrayList<>();
    private final BulkRunViewModel.Listener listener = new BulkRunViewModel.Listener() {
        @Override
        public void started(List<String> keys) {
            started.add(keys);
        }

        @Override
        public void finished(List<ItemResult> results) {
            finished.add(results);
        }
    };

    private BulkRunViewModel run(List<BulkItem> items, BulkChange bulkChange) {
        BulkRunViewModel run = new BulkRunViewModel(context, ChangeAction.ACTIVATE_DEVICE, items, bulkChange,
            listener);
        run.start();
        return run;
    }

    @Test
    void aRunOverOneItemRunsTheChangeForItsKey() {
        BulkRunViewModel run = run(ITEMS.subList(0, 1), change);

        assertEquals(List.of(List.of("d1")), change.runs);
        assertEquals(Outcome.SUCCEEDED, run.items().get(0).outcome());
        assertEquals("1 of 1 done", run.countTextProperty().get());
        assertEquals(List.of(ItemResult.success("d1", ChangeAction.ACTIVATE_DEVICE, "REQ-d1")), finished.get(0));
    }

    @Test
    void aRunOverManyItemsReportsEachOutcomeAndTheSummary() {
        change.failing.add("d2");
        BulkRunViewModel run = run(ITEMS, change);

        assertEquals("Activating 3 device certificates", run.titleProperty().get());
        assertEquals(List.of(Outcome.SUCCEEDED, Outcome.FAILED, Outcome.SUCCEEDED),
            run.items().stream().map(Item::outcome).toList());
        assertEquals("PermissionCheckFailed", run.items().get(1).failure().code());
        assertEquals("2 succeeded, 1 failed, 0 cancelled", run.summaryProperty().get());
        assertEquals(1.0, run.progressProperty().get());
        assertTrue(run.canRetryProperty().get());
    }

    @Test
    void retryRunsTheChangeForTheFailedItemsOnly() {
        change.failing.add("d2");
        BulkRunViewModel run = run(ITEMS, change);
        change.failing.clear();
        run.retryFailed();

        assertEquals(List.of("d2"), change.runs.get(1));
        assertEquals(List.of("d2"), started.get(1));
        assertTrue(run.items().stream().allMatch(item -> item.outcome() == Outcome.SUCCEEDED));
        assertFalse(run.canRetryProperty().get());
    }

    @Test
    void cancelStopsTheRunAndReportsTheUnsentItemsAsCancelled() {
        change.holding();
        BulkRunViewModel run = run(ITEMS, change);
        assertTrue(run.runningProperty().get());

        run.cancel();
        assertTrue(run.cancellingProperty().get());
        change.finish();

        assertFalse(run.runningProperty().get());
        assertTrue(run.items().stream().allMatch(item -> item.outcome() == Outcome.CANCELLED));
        assertEquals("0 succeeded, 0 failed, 3 cancelled", run.summaryProperty().get());
        assertTrue(run.canRetryProperty().get());
    }

    @Test
    void aChangeThatFailsAsAWholeFailsEveryPendingItem() {
        ServiceFailure failure = new ServiceFailure(FailureKind.NETWORK, "ConnectTimeout", "timed out", null, 0,
            "No answer.", "Check the network.");
        BulkRunViewModel run = run(ITEMS, (keys, progress) -> new BulkOperation(
            CompletableFuture.failedFuture(new ServiceException(failure, null)), new AtomicBoolean()));

        assertTrue(run.items().stream().allMatch(item -> item.outcome() == Outcome.FAILED));
        assertEquals("ConnectTimeout", finished.get(0).get(2).failure().code());
    }
}
