package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.BulkProgress;
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
import java.util.stream.IntStream;
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

    private long nanos;

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

    @Test
    void whileRunningThePaceShowsTheRateAndTheTimeLeftAndFollowsASlowdown() {
        SteppedChange stepped = new SteppedChange();
        BulkRunViewModel run = timedRun(12, stepped);
        assertEquals("Estimating the time left\u2026", run.paceTextProperty().get());

        stepped.answerAt(0.5);
        assertEquals("Estimating the time left\u2026", run.paceTextProperty().get(), "one item is no rate yet");
        stepped.answerAt(1);
        assertEquals("2 per second \u00b7 about 5 s left", run.paceTextProperty().get());
        for (int i = 3; i <= 10; i++) {
            stepped.answerAt(i / 2.0);
        }
        assertEquals("2 per second \u00b7 about 1 s left", run.paceTextProperty().get());

        // The service holds the run up: the view's tick refreshes the line though no item finishes.
        at(8);
        run.refreshPace();
        assertEquals("1 per second \u00b7 about 2 s left", run.paceTextProperty().get());
        at(11);
        run.refreshPace();
        assertEquals("None finished in the last 5 s \u00b7 waiting for the service", run.paceTextProperty().get());

        stepped.answerAt(12);
        stepped.answerAt(12);
        stepped.finish();
        assertEquals("12 items in 12.0 s \u00b7 1 per second", run.paceTextProperty().get());
        run.refreshPace();
        assertEquals("12 items in 12.0 s \u00b7 1 per second", run.paceTextProperty().get(), "a tick after the end");
    }

    @Test
    void atTheEndThePaceShowsTheItemsTheElapsedTimeAndTheOverallRate() {
        SteppedChange stepped = new SteppedChange();
        BulkRunViewModel run = timedRun(2000, stepped);
        for (int i = 1; i <= 2000; i++) {
            stepped.answerAt(i * 4.3 / 2000);
        }
        stepped.finish();

        assertEquals("2,000 items in 4.3 s \u00b7 465 per second", run.paceTextProperty().get());
    }

    @Test
    void aRetryMeasuresItsOwnPace() {
        change.failing.add("d2");
        BulkRunViewModel run = new BulkRunViewModel(context, ChangeAction.ACTIVATE_DEVICE, ITEMS, change, listener,
            () -> nanos);
        run.start();
        at(100);
        change.failing.clear();
        change.holding();
        run.retryFailed();
        assertEquals("Estimating the time left\u2026", run.paceTextProperty().get());
        at(102.5);
        change.finish();

        assertEquals("1 item in 2.5 s \u00b7 0.4 per second", run.paceTextProperty().get());
    }

    private void at(double seconds) {
        nanos = Math.round(seconds * 1e9);
    }

    private BulkRunViewModel timedRun(int size, SteppedChange stepped) {
        List<BulkItem> items = IntStream.rangeClosed(1, size).mapToObj(i -> new BulkItem("d" + i, "door-" + i))
            .toList();
        BulkRunViewModel run = new BulkRunViewModel(context, ChangeAction.ACTIVATE_DEVICE, items, stepped, listener,
            () -> nanos);
        run.start();
        return run;
    }

    /** A change the test answers one item at a time, each at a time it names, as a slow service would. */
    private final class SteppedChange implements BulkChange {
        private final List<ItemResult> results = new ArrayList<>();
        private final CompletableFuture<List<ItemResult>> answer = new CompletableFuture<>();
        private List<String> keys;
        private BulkProgress progress;

        @Override
        public BulkOperation start(List<String> runKeys, BulkProgress runProgress) {
            keys = runKeys;
            progress = runProgress;
            return new BulkOperation(answer, new AtomicBoolean());
        }

        void answerAt(double seconds) {
            at(seconds);
            ItemResult result = ItemResult.success(keys.get(results.size()), ChangeAction.ACTIVATE_DEVICE, "REQ");
            results.add(result);
            progress.itemDone(result, results.size(), keys.size());
        }

        void finish() {
            answer.complete(List.copyOf(results));
        }
    }
}
