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

    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final UiContext context = TestContexts.context(new RecordingDialogService(), clipboard);
    private final FakeChange change = new FakeChange(ChangeAction.ACTIVATE_DEVICE);
    private final List<List<String>> started = new ArrayList<>();
    private final List<List<ItemResult>> finished = new ArrayList<>();
    private final List<BulkTotals> totals = new ArrayList<>();
    private final BulkRunViewModel.Listener listener = new BulkRunViewModel.Listener() {
        @Override
        public void started(List<String> keys) {
            started.add(keys);
        }

        @Override
        public void finished(List<ItemResult> results, BulkTotals runTotals) {
            finished.add(results);
            totals.add(runTotals);
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
        assertEquals("2 succeeded, 1 failed, 0 cancelled, 0 not attempted", run.summaryProperty().get());
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
        assertEquals("0 succeeded, 0 failed, 3 cancelled, 0 not attempted", run.summaryProperty().get());
        assertTrue(run.canRetryProperty().get());
    }

    @Test
    void aChangeThatFailsAsAWholeLeavesEveryPendingItemNotAttemptedAndRetryable() {
        ServiceFailure failure = new ServiceFailure(FailureKind.NETWORK, "ConnectTimeout", "timed out", null, 0,
            "No answer.", "Check the network.");
        BulkRunViewModel run = run(ITEMS, (keys, progress) -> new BulkOperation(
            CompletableFuture.failedFuture(new ServiceException(failure, null)), new AtomicBoolean()));

        assertTrue(run.items().stream().allMatch(item -> item.outcome() == Outcome.NOT_ATTEMPTED));
        assertEquals("ConnectTimeout", finished.get(0).get(2).failure().code());
        assertEquals("0 succeeded, 0 failed, 0 cancelled, 3 not attempted", run.summaryProperty().get());
        assertEquals("Not attempted: No answer.\nWhat to do: Check the network.",
            run.items().get(0).detailProperty().get());
        assertTrue(run.canRetryProperty().get());
    }

    @Test
    void totalsAfterARetryCountEveryAttemptNotOnlyTheLastOne() {
        change.failing.add("d2");
        change.holding();
        BulkRunViewModel run = run(ITEMS, change);
        run.cancel();
        change.finish();
        assertEquals(new BulkTotals(3, 0, 0, 3, 0, 1), run.totalsProperty().get());

        change.failing.clear();
        change.failing.add("d3");
        run.retryFailed();
        change.finish();
        assertEquals(new BulkTotals(3, 2, 1, 0, 0, 2), run.totalsProperty().get());
        assertEquals("2 succeeded, 1 failed, 0 cancelled, 0 not attempted (over 2 attempts)",
            run.summaryProperty().get());

        change.failing.clear();
        run.retryFailed();
        change.finish();
        assertEquals(List.of("d3"), change.runs.get(2));
        assertEquals(new BulkTotals(3, 3, 0, 0, 0, 3), run.totalsProperty().get(), "the first successes still count");
        assertEquals("3 succeeded, 0 failed, 0 cancelled, 0 not attempted (over 3 attempts)",
            run.summaryProperty().get());
        assertEquals(List.of(new BulkTotals(3, 0, 0, 3, 0, 1), new BulkTotals(3, 2, 1, 0, 0, 2),
            new BulkTotals(3, 3, 0, 0, 0, 3)), totals);
        assertEquals(1, finished.get(2).size(), "the screen still hears each attempt's own results");
    }

    @Test
    void aFailedItemShowsItsCodeMessageRequestIdAndWhatToDo() {
        change.failing.add("d2");
        BulkRunViewModel run = run(ITEMS, change);

        assertEquals("PermissionCheckFailed: Denied. \u00b7 RequestId REQ-F-d2\nNot allowed.\n"
            + "What to do: Use another key.", run.items().get(1).detailProperty().get());
        assertEquals("Done \u00b7 RequestId REQ-d1", run.items().get(0).detailProperty().get());
    }

    @Test
    void copyFailuresCopiesEveryItemThatDidNotSucceedForSupport() {
        change.failing.add("d1");
        change.failing.add("d3");
        BulkRunViewModel run = run(ITEMS, change);
        run.copyFailures();

        assertEquals("door-1 (Sn d1)\nFailed\nCode: PermissionCheckFailed\nMessage: Denied.\nRequestId: REQ-F-d1\n"
            + "HTTP status: 403\nWhat to do: Use another key.\n\n"
            + "door-3 (Sn d3)\nFailed\nCode: PermissionCheckFailed\nMessage: Denied.\nRequestId: REQ-F-d3\n"
            + "HTTP status: 403\nWhat to do: Use another key.", clipboard.last());
        run.copy(run.items().get(1));
        assertEquals("door-2 (Sn d2)\nSucceeded\nRequestId: REQ-d2", clipboard.last());
    }

    @Test
    void theCountNamesTheAttemptOnARetry() {
        change.failing.add("d2");
        BulkRunViewModel run = run(ITEMS, change);
        change.failing.clear();
        run.retryFailed();

        assertEquals("Attempt 2: 1 of 1 done", run.countTextProperty().get());
    }
}
