package io.mqttca.console.ui.common;

import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ServiceFailure;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A change over one or more items with its progress: a bar, "done of total", one line per item that ends with its
 * outcome (RequestId, or Code, Message, RequestId and what to do), cancel while running, and retry of the items
 * that did not succeed at the end. The totals and the summary count every attempt: a retry changes the outcome of
 * the items it runs and leaves the others as they ended. What the change does is given as a {@link BulkChange}, so
 * any screen's items run the same way; the screen hears when a run (the first or a retry) starts and ends to mark
 * and update its rows. While a run goes on a line shows its pace (items per second over the last seconds and the
 * time left at that pace), and when it ends how long it took.
 */
public final class BulkRunViewModel {

    /** How one item of the run ended, or that it has not yet. */
    public enum Outcome {
        PENDING,
        SUCCEEDED,
        FAILED,
        CANCELLED,
        /** The run stopped as a whole (or gave no result for it) before the item was sent. */
        NOT_ATTEMPTED
    }

    /** Told when a run (the first or a retry) starts and ends; called on the UI thread. */
    public interface Listener {
        void started(List<String> keys);

        /** {@code results} are this attempt's; {@code totals} count every attempt so far. */
        void finished(List<ItemResult> results, BulkTotals totals);
    }

    /** One item of the run. */
    public static final class Item {
        private final String key;
        private final String name;
        private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.PENDING);
        private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
        private ServiceFailure failure;
        private String requestId;

        Item(String key, String name) {
            this.key = key;
            this.name = name;
        }

        /** The key (Sn) the change acts on. */
        public String key() {
            return key;
        }

        public String name() {
            return name;
        }

        public Outcome outcome() {
            return outcome.get();
        }

        /** The failure of a failed item, else null. */
        public ServiceFailure failure() {
            return failure;
        }

        /** The RequestId of the latest attempt's answer, or null. */
        public String requestId() {
            return requestId;
        }

        public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
            return outcome.getReadOnlyProperty();
        }

        /** "RequestId ..." on success; Code, Message, RequestId and what to do on failure. */
        public ReadOnlyStringProperty detailProperty() {
            return detail.getReadOnlyProperty();
        }
    }

    /** The code of an item the run did not send because the endpoint had stopped answering. */
    private static final String NOT_ATTEMPTED_CODE = "NotAttempted";

    private final UiContext context;
    private final ChangeAction action;
    private final BulkChange change;
    private final Listener listener;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    // Held once: an unmodifiable view listens weakly, so a view made per call loses its listeners to the GC.
    private final ObservableList<Item> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final Map<String, Item> itemsByKey = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper paceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BulkTotals> totals = new ReadOnlyObjectWrapper<>();
    private final BulkItemTexts itemTexts;
    private final RunPace pace;
    private BulkOperation operation;
    private int attempts;
    private int batchTotal;
    private int batchDone;

    public BulkRunViewModel(UiContext context, ChangeAction action, List<BulkItem> bulkItems, BulkChange change,
                            Listener listener) {
        this(context, action, bulkItems, change, listener, System::nanoTime);
    }

    /** As the public constructor, with the time source of the pace ({@link System#nanoTime()} in the window). */
    BulkRunViewModel(UiContext context, ChangeAction action, List<BulkItem> bulkItems, BulkChange change,
                     Listener listener, LongSupplier nanoTime) {
        this.context = context;
        this.pace = new RunPace(nanoTime);
        this.action = action;
        this.change = change;
        this.listener = listener;
        this.itemTexts = new BulkItemTexts(context);
        for (BulkItem bulkItem : bulkItems) {
            Item item = new Item(bulkItem.key(), bulkItem.name());
            items.add(item);
            itemsByKey.put(item.key, item);
        }
        title.set(new ActionTexts(context).bulkTitle(action, bulkItems.size()));
        totals.set(countTotals());
    }

    /** Starts the change over every item. */
    public void start() {
        run(List.copyOf(items));
    }

    /** Runs the change again for the items that failed, were cancelled or were not attempted. */
    public void retryFailed() {
        if (!running.get()) {
            run(items.stream().filter(BulkRunViewModel::unfinished).collect(Collectors.toList()));
        }
    }

    /** Copies the report of every item that did not succeed (name, Sn, Code, Message, RequestId, what to do). */
    public void copyFailures() {
        String report = items.stream().filter(BulkRunViewModel::unfinished).map(itemTexts::report)
            .collect(Collectors.joining("\n\n"));
        if (!report.isEmpty()) {
            context.clipboard().copy(report);
        }
    }

    /** Copies the report of one item: its name, Sn and outcome with Code, Message and RequestId. */
    public void copy(Item item) {
        if (item != null) {
            context.clipboard().copy(itemTexts.report(item));
        }
    }

    /** Asks the service to stop; calls already sent finish, the others are reported as cancelled. */
    public void cancel() {
        if (running.get() && operation != null) {
            cancelling.set(true);
            operation.cancel();
        }
    }

    private void run(List<Item> batch) {
        if (batch.isEmpty()) {
            return;
        }
        batch.forEach(item -> {
            item.outcome.set(Outcome.PENDING);
            item.detail.set("");
            item.failure = null;
            item.requestId = null;
        });
        batchTotal = batch.size();
        batchDone = 0;
        attempts++;
        running.set(true);
        cancelling.set(false);
        canRetry.set(false);
        summary.set("");
        pace.start();
        updateCount();
        refreshPace();
        totals.set(countTotals());
        List<String> keys = batch.stream().map(Item::key).collect(Collectors.toList());
        listener.started(keys);
        context.status().beginWork();
        operation = change.start(keys, (result, done, total) -> context.ui().execute(() -> itemDone(result)));
        operation.results().whenCompleteAsync((results, error) -> finish(batch, results, error), context.ui());
    }

    private void itemDone(ItemResult result) {
        Item item = itemsByKey.get(result.sn());
        if (item != null && item.outcome() == Outcome.PENDING) {
            apply(item, result);
            batchDone++;
            // Timed when the UI thread hears of it, not when the worker finished: late by a frame at most.
            pace.itemFinished();
            updateCount();
            refreshPace();
        }
    }

    private void finish(List<Item> batch, List<ItemResult> results, Throwable error) {
        context.status().endWork();
        if (error != null) {
            ServiceFailure failure = ErrorReport.failureOf(error, context);
            batch.stream().filter(item -> item.outcome() == Outcome.PENDING)
                .forEach(item -> notAttempted(item, failure));
        } else {
            results.forEach(result -> {
                Item item = itemsByKey.get(result.sn());
                if (item != null) {
                    apply(item, result);
                }
            });
            ServiceFailure noResult = ErrorReport.failureOf(new IllegalStateException("No result"), context);
            batch.stream().filter(item -> item.outcome() == Outcome.PENDING)
                .forEach(item -> notAttempted(item, noResult));
        }
        batchDone = batchTotal;
        running.set(false);
        cancelling.set(false);
        updateCount();
        paceText.set(finishedPace());
        BulkTotals now = countTotals();
        totals.set(now);
        canRetry.set(!now.complete());
        summary.set(context.format("bulk.summary", now.succeeded(), now.failed(), now.cancelled(),
            now.notAttempted(), now.attempts()));
        listener.finished(batch.stream().map(item -> toResult(item, results)).collect(Collectors.toList()), now);
    }

    /**
     * Updates the pace line while the run goes on; the view calls it every second too, so the rate falls and the
     * time left grows while the service holds the run up and no item finishes.
     */
    public void refreshPace() {
        if (!running.get()) {
            return;
        }
        OptionalDouble rate = pace.rate();
        if (rate.isEmpty()) {
            paceText.set(context.text("bulk.pace.estimating"));
        } else if (rate.getAsDouble() <= 0) {
            paceText.set(context.format("bulk.pace.stalled", Dates.roughly(RunPace.WINDOW, context)));
        } else {
            String left = pace.timeLeft(batchTotal - batchDone).map(time -> Dates.roughly(time, context)).orElse("");
            paceText.set(context.format("bulk.pace.running", shown(rate.getAsDouble()), left));
        }
    }

    private String finishedPace() {
        String elapsed = Dates.elapsed(pace.elapsed(), context);
        OptionalDouble rate = pace.overallRate();
        return rate.isEmpty() ? context.format("bulk.pace.doneInstantly", pace.finished(), elapsed)
            : context.format("bulk.pace.done", pace.finished(), elapsed, shown(rate.getAsDouble()));
    }

    /** A rate as precise as it is worth reading: "465", but "2.5" below ten. */
    private static double shown(double rate) {
        return rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10.0;
    }

    private ItemResult toResult(Item item, List<ItemResult> results) {
        if (results != null) {
            for (ItemResult result : results) {
                if (result.sn().equals(item.key())) {
                    return result;
                }
            }
        }
        return item.failure == null ? ItemResult.success(item.key(), action, null)
            : ItemResult.failed(item.key(), action, item.failure);
    }

    private void apply(Item item, ItemResult result) {
        item.requestId = result.requestId();
        if (result.succeeded()) {
            item.outcome.set(Outcome.SUCCEEDED);
            item.failure = null;
        } else {
            item.failure = result.failure();
            item.outcome.set(outcomeOf(result.failure()));
        }
        item.detail.set(itemTexts.detail(item));
        context.status().requestId(result.requestId());
    }

    private static Outcome outcomeOf(ServiceFailure failure) {
        if (failure.kind() == FailureKind.CANCELLED) {
            return Outcome.CANCELLED;
        }
        return NOT_ATTEMPTED_CODE.equals(failure.code()) ? Outcome.NOT_ATTEMPTED : Outcome.FAILED;
    }

    private void notAttempted(Item item, ServiceFailure why) {
        item.requestId = null;
        item.failure = why;
        item.outcome.set(Outcome.NOT_ATTEMPTED);
        item.detail.set(itemTexts.detail(item));
    }

    private BulkTotals countTotals() {
        Map<Outcome, Long> counts = items.stream().collect(Collectors.groupingBy(Item::outcome,
            () -> new EnumMap<>(Outcome.class), Collectors.counting()));
        return new BulkTotals(items.size(), count(counts, Outcome.SUCCEEDED), count(counts, Outcome.FAILED),
            count(counts, Outcome.CANCELLED), count(counts, Outcome.NOT_ATTEMPTED) + count(counts, Outcome.PENDING),
            attempts);
    }

    private static int count(Map<Outcome, Long> counts, Outcome outcome) {
        return counts.getOrDefault(outcome, 0L).intValue();
    }

    private static boolean unfinished(Item item) {
        return item.outcome() != Outcome.SUCCEEDED && item.outcome() != Outcome.PENDING;
    }

    private void updateCount() {
        progress.set(batchTotal == 0 ? 0 : (double) batchDone / batchTotal);
        countText.set(attempts > 1 ? context.format("bulk.count.attempt", batchDone, batchTotal, attempts)
            : context.format("bulk.count", batchDone, batchTotal));
    }

    public ChangeAction action() {
        return action;
    }

    public ObservableList<Item> items() {
        return readOnlyItems;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "12 per second · about 3 min left" while running; "2,000 items in 4.3 s · 465 per second" at the end. */
    public ReadOnlyStringProperty paceTextProperty() {
        return paceText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** The totals over every attempt so far; updated when a run starts and ends. */
    public ReadOnlyObjectProperty<BulkTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }
}
