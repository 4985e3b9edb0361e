package io.mqttca.console.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one change over many Sn values with a few workers at a time. Each item ends in exactly one
 * {@link ItemResult} (success, failure, or cancelled when the operator cancelled before it started); results come
 * back in the order the Sn values were given. The client's per-account rate limiter paces the calls.
 */
final class BulkRunner {

    private final Executor executor;
    private final int parallelism;

    BulkRunner(Executor executor, int parallelism) {
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /** Starts the work; {@code change} performs one item and never throws (it returns a failed result). */
    BulkOperation run(List<String> sns, ChangeAction action, Function<String, ItemResult> change,
                      BulkProgress progress) {
        List<String> items = List.copyOf(sns);
        ItemResult[] results = new ItemResult[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        int workers = Math.max(1, Math.min(parallelism, items.size()));
        List<CompletableFuture<Void>> running = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            running.add(CompletableFuture.runAsync(() -> {
                int index;
                while ((index = next.getAndIncrement()) < items.size()) {
                    String sn = items.get(index);
                    ItemResult result = cancelled.get() ? ItemResult.failed(sn, action, Failures.cancelled())
                        : change.apply(sn);
                    results[index] = result;
                    report(progress, result, done.incrementAndGet(), items.size());
                }
            }, executor));
        }
        CompletableFuture<List<ItemResult>> all = CompletableFuture
            .allOf(running.toArray(CompletableFuture[]::new))
            .thenApply(ignored -> List.copyOf(Arrays.asList(results)));
        return new BulkOperation(all, cancelled);
    }

    private static void report(BulkProgress progress, ItemResult result, int done, int total) {
        try {
            progress.itemDone(result, done, total);
        } catch (RuntimeException e) {
            // A faulty progress listener must not stop the remaining items or lose their results.
            return;
        }
    }
}
