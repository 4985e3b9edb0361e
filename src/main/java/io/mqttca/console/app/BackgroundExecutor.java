package io.mqttca.console.app;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The window's one executor for local background work (files, parsing, settings): two daemon threads, failures that
 * escaped a task logged once, and shut down when the window closes. Work still arriving after that (an answer that
 * came late starting a parse) is dropped, because nobody waits for it any more.
 */
public final class BackgroundExecutor implements Executor, AutoCloseable {

    private static final int THREADS = 2;

    private final ExecutorService pool;

    public BackgroundExecutor() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "console-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable work) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException | Error e) {
                    ConsoleLog.LOG.log(Level.ERROR, "Background work failed", e);
                }
            });
        } catch (RejectedExecutionException windowClosed) {
            ConsoleLog.LOG.log(Level.DEBUG, "Background work dropped: the window is closed");
        }
    }

    /** Runs {@code work} and waits for it up to {@code seconds} (the last settings save when the window closes). */
    public void runAndWait(Runnable work, long seconds) throws Exception {
        pool.submit(work).get(seconds, TimeUnit.SECONDS);
    }

    /** Stops taking work; tasks already running finish. */
    @Override
    public void close() {
        pool.shutdown();
    }
}
