package io.mqttca.console.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running change over many Sn values: its per-item results when it ends, and a way to cancel it. Cancelling lets
 * calls already sent finish (their outcome is recorded) and reports the items never started as cancelled.
 */
public final class BulkOperation {

    private final CompletableFuture<List<ItemResult>> results;
    private final AtomicBoolean cancelled;
    private final List<BulkOperation> parts;

    public BulkOperation(CompletableFuture<List<ItemResult>> results, AtomicBoolean cancelled) {
        this(results, cancelled, List.of());
    }

    private BulkOperation(CompletableFuture<List<ItemResult>> results, AtomicBoolean cancelled,
                          List<BulkOperation> parts) {
        this.results = results;
        this.cancelled = cancelled;
        this.parts = List.copyOf(parts);
    }

    /** One operation made of {@code parts} that run side by side; cancelling it cancels each part. */
    public static BulkOperation of(CompletableFuture<List<ItemResult>> results, List<BulkOperation> parts) {
        return new BulkOperation(results, new AtomicBoolean(), parts);
    }

    public CompletableFuture<List<ItemResult>> results() {
        return results;
    }

    public void cancel() {
        cancelled.set(true);
        parts.forEach(BulkOperation::cancel);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
