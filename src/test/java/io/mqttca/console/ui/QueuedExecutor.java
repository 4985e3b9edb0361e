package io.mqttca.console.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A stand-in for the UI thread in view-model tests with a service on worker threads: continuations queue up and
 * run on the test thread when it drains them, as {@code Platform.runLater} runs them on the FX thread.
 */
public final class QueuedExecutor implements Executor {

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs queued tasks on this thread until {@code done} holds; fails after five seconds. */
    public void runUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!done.getAsBoolean()) {
            Runnable next = queue.poll(50, TimeUnit.MILLISECONDS);
            if (next != null) {
                next.run();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 5 s");
            }
        }
    }
}
