package io.mqttca.console.ui.common;

import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ServiceFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * outcome (RequestId or Code), cancel while running, and retry of the failed and cancelled items at the end. What
 * the change does is given as a {@link BulkChange}, so any screen's items run the same way; the screen hears when
 * a run starts and ends to mark and update its rows.
 */
public final class BulkRunViewModel {

    /** How one item of the run ended, or that it has not yet. */
    public enum Outcome {
        PENDING,
        SUCCEEDED,
        FAILED,
        CANCELLED
    }

    /** Told when a run (the first or a retry) starts and ends; called on the UI thread. */
    public interface Listener {
        void started(List<String> keys);

        void finished(List<ItemResult> results);
    }

    /** One item of the run. */
    public static final class Item {
        private final String key;
        private final String name;
        private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.PENDING);
        private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
        private ServiceFailure failure;

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

        public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
            return outcome.getReadOnlyProperty();
        }

        /** "RequestId ..." on success, "Code: explanation" on failure. */
        public ReadOnlyStringProperty detailProperty() {
            return detail.getReadOnlyProperty();
        }
    }

    private final UiContext context;
    private final ChangeAction action;
    private final BulkChange change;
    private final Listener listener;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final Map<String, Item> itemsByKey = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(false);
    private BulkOperation operation;
    private int batchTotal;
    private int batchDone;

    public BulkRunViewModel(UiContext context, ChangeAction action, List<BulkItem> bulkItems, BulkChange change,
                            Listener listener) {
        this.context = context;
        this.action = action;
        this.change = change;
        this.listener = listener;
        for (BulkItem bulkItem : bulkItems) {
            Item item = new Item(bulkItem.key(), bulkItem.name());
            items.add(item);
            itemsByKey.put(item.key, item);
        }
        title.set(new ActionTexts(context).bulkTitle(action, bulkItems.size()));
    }

    /** Starts the change over every item. */
    public void start() {
        run(List.copyOf(items));
    }

    /** Runs the change again for the items that failed or were cancelled. */
    public void retryFailed() {
        if (!running.get()) {
            run(items.stream().filter(item -> item.outcome() == Outcome.FAILED
                || item.outcome() == Outcome.CANCELLED).collect(Collectors.toList()));
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
        });
        batchTotal = batch.size();
        batchDone = 0;
        running.set(true);
        cancelling.set(false);
        canRetry.set(false);
        summary.set("");
        updateCount();
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
            updateCount();
        }
    }

    private void finish(List<Item> batch, List<ItemResult> results, Throwable error) {
        context.status().endWork();
        if (error != null) {
            ServiceFailure failure = ErrorReport.failureOf(error, context);
            batch.stream().filter(item -> item.outcome() == Outcome.PENDING)
                .forEach(item -> apply(item, ItemResult.failed(item.key(), action, failure)));
        } else {
            results.forEach(result -> {
                Item item = itemsByKey.get(result.sn());
                if (item != null) {
                    apply(item, result);
                }
            });
            ServiceFailure noResult = ErrorReport.failureOf(new IllegalStateException("No result"), context);
            batch.stream().filter(item -> item.outcome() == Outcome.PENDING)
                .forEach(item -> apply(item, ItemResult.failed(item.key(), action, noResult)));
        }
        batchDone = batchTotal;
        running.set(false);
        cancelling.set(false);
        updateCount();
        long succeeded = batch.stream().filter(item -> item.outcome() == Outcome.SUCCEEDED).count();
        long failed = batch.stream().filter(item -> item.outcome() == Outcome.FAILED).count();
        long cancelled = batch.stream().filter(item -> item.outcome() == Outcome.CANCELLED).count();
        canRetry.set(items.stream().anyMatch(item -> item.outcome() == Outcome.FAILED
            || item.outcome() == Outcome.CANCELLED));
        summary.set(context.format("bulk.summary", succeeded, failed, cancelled));
        listener.finished(batch.stream().map(item -> toResult(item, results)).collect(Collectors.toList()));
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
        if (result.succeeded()) {
            item.outcome.set(Outcome.SUCCEEDED);
            item.failure = null;
            item.detail.set(context.format("bulk.item.succeeded", dash(result.requestId())));
            context.status().requestId(result.requestId());
        } else {
            ServiceFailure failure = result.failure();
            item.failure = failure;
            boolean cancelled = failure.kind() == FailureKind.CANCELLED;
            item.outcome.set(cancelled ? Outcome.CANCELLED : Outcome.FAILED);
            item.detail.set(cancelled ? context.text("bulk.item.cancelled")
                : context.format("bulk.item.failed", dash(failure.code()), failure.explanation(),
                dash(failure.requestId())));
            context.status().requestId(failure.requestId());
        }
    }

    private void updateCount() {
        progress.set(batchTotal == 0 ? 0 : (double) batchDone / batchTotal);
        countText.set(context.format("bulk.count", batchDone, batchTotal));
    }

    private static String dash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    public ChangeAction action() {
        return action;
    }

    public ObservableList<Item> items() {
        return FXCollections.unmodifiableObservableList(items);
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

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }
}
