package io.mqttca.console.cloud;

import java.util.concurrent.locks.LockSupport;

/**
 * A monotonic clock and a way to wait on it. The client's rate limiter and retry back-off use it, so tests can run
 * them on a virtual clock with no real waiting.
 */
public interface TimeSource {

    /** The real clock: {@link System#nanoTime()} and an interruptible park. */
    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            // parkNanos is finer than Thread.sleep's millisecond rounding; it may return early, so callers loop.
            LockSupport.parkNanos(nanos);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting");
            }
        }
    };

    long nanoTime();

    /** Waits about {@code nanos}; may return early; throws if the thread is interrupted. */
    void sleepNanos(long nanos) throws InterruptedException;

    /** Waits until {@link #nanoTime()} reaches {@code deadline}. */
    default void sleepUntil(long deadline) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before waiting");
        }
        long remaining;
        while ((remaining = deadline - nanoTime()) > 0) {
            sleepNanos(remaining);
        }
    }
}
