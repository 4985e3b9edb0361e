package io.mqttca.console.service;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Runs one change over many Sn values with as many workers as the link needs. Each item ends in exactly one
 * {@link ItemResult} (success, failure, or cancelled when the operator cancelled before it started); results come
 * back in the order the Sn values were given. The client's per-account rate limiter paces the calls; the number of
 * workers follows {@code concurrency}, asked again after every item, so a slow link gets more calls in flight and a
 * throttled account fewer. When the endpoint stops answering entirely ({@link EndpointWatch}) the run sends nothing
 * more and the items left end as not attempted ({@code NotAttempted}).
 */
final class BulkRunner {

    private final Executor executor;
    private final IntSupplier concurrency;

    BulkRunner(Executor executor, IntSupplier concurrency) {
        this.executor = executor;
        this.concurrency = concurrency;
    }

    /** Starts the work; {@code change} performs one item and never throws (it returns a failed result). */
    BulkOperation run(List<String> sns, ChangeAction action, Function<String, ItemResult> change,
                      BulkProgress progress) {
        Run run = new Run(List.copyOf(sns), action, change, progress);
        CompletableFuture<List<ItemResult>> all = run.finished.thenApply(ignored -> List.copyOf(Arrays.asList(
            run.results)));
        run.startWorkers();
        return new BulkOperation(all, run.cancelled);
    }

    private final class Run {
        private final List<String> items;
        private final ChangeAction action;
        private final Function<String, ItemResult> change;
        private final BulkProgress progress;
        private final ItemResult[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger workers = new AtomicInteger();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final CompletableFuture<Void> finished = new CompletableFuture<>();
        private final EndpointWatch watch = new EndpointWatch(System::nanoTime);
        private ServiceFailure notAttempted;

        Run(List<String> items, ChangeAction action, Function<String, ItemResult> change, BulkProgress progress) {
            this.items = items;
            this.action = action;
            this.change = change;
            this.progress = progress;
            this.results = new ItemResult[items.size()];
            if (items.isEmpty()) {
                finished.complete(null);
            }
        }

        /** Starts workers until there are as many as the concurrency asks, or as items left. */
        void startWorkers() {
            while (true) {
                int running = workers.get();
                int wanted = Math.min(Math.max(1, concurrency.getAsInt()), items.size() - next.get());
                if (running >= wanted || !workers.compareAndSet(running, running + 1)) {
                    if (running >= wanted) {
                        return;
                    }
                    continue;
                }
                try {
                    executor.execute(this::work);
                } catch (RejectedExecutionException full) {
                    workers.decrementAndGet();
                    if (running == 0) {
                        throw full;
                    }
                    return;
                }
            }
        }

        private void work() {
            int index;
            while ((index = next.getAndIncrement()) < items.size()) {
                String sn = items.get(index);
                ItemResult result;
                if (cancelled.get()) {
                    result = ItemResult.failed(sn, action, Failures.cancelled());
                } else if (watch.tripped()) {
                    result = ItemResult.failed(sn, action, notAttempted(index));
                } else {
                    result = change.apply(sn);
                }
                results[index] = result;
                int finishedItems = done.incrementAndGet();
                watch.ended(result);
                report(result, finishedItems);
                if (finishedItems == items.size()) {
                    finished.complete(null);
                    return;
                }
                if (workers.get() > Math.max(1, concurrency.getAsInt()) && leave()) {
                    return;
                }
                startWorkers();
            }
            workers.decrementAndGet();
        }

        /**
         * One failure for every item left when the breaker tripped, naming how many were sent and how many not:
         * workers take items in order, so every item from the first unsent one on is unsent too.
         */
        private synchronized ServiceFailure notAttempted(int firstUnsent) {
            if (notAttempted == null) {
                notAttempted = Failures.notAttempted(firstUnsent, items.size() - firstUnsent);
            }
            return notAttempted;
        }

        /** This worker stops, unless it is the last one. */
        private boolean leave() {
            int running = workers.get();
            return running > 1 && workers.compareAndSet(running, running - 1);
        }

        private void report(ItemResult result, int finishedItems) {
            try {
                progress.itemDone(result, finishedItems, items.size());
            } catch (RuntimeException e) {
                // A faulty progress listener must not stop the remaining items or lose their results.
                return;
            }
        }
    }
}
