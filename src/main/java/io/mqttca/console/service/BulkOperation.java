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

    public BulkOperation(CompletableFuture<List<ItemResult>> results, AtomicBoolean cancelled) {
        this.results = results;
        this.cancelled = cancelled;
    }

    /** Completes with one result per requested Sn, in the order given, once every item has ended. */
    public CompletableFuture<List<ItemResult>> results() {
        return results;
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
