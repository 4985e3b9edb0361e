package io.mqttca.console.service;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The circuit breaker of one bulk run: it trips when the endpoint stopped answering entirely, that is when every
 * item since the last success failed for want of an answer (refused, timed out, reset), {@link #STREAK} of them in a
 * row or at least {@link #MIN_STREAK} over {@link #SPAN_SECONDS} s. A tripped run sends nothing more; the items not
 * started end as not attempted, for Retry to pick up.
 */
final class EndpointWatch {

    static final int STREAK = 8;
    static final int MIN_STREAK = 3;
    static final long SPAN_SECONDS = 3;

    private final LongSupplier nanoTime;
    private int streak;
    private long streakStart;
    private boolean tripped;

    EndpointWatch(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Notes how an item ended. */
    synchronized void ended(ItemResult result) {
        if (tripped) {
            return;
        }
        if (result.succeeded() || result.failure().kind() != FailureKind.NETWORK) {
            streak = 0;
            return;
        }
        long now = nanoTime.getAsLong();
        if (streak++ == 0) {
            streakStart = now;
        }
        boolean longEnough = streak >= MIN_STREAK && now - streakStart >= TimeUnit.SECONDS.toNanos(SPAN_SECONDS);
        if (streak >= STREAK || longEnough) {
            tripped = true;
        }
    }

    synchronized boolean tripped() {
        return tripped;
    }
}
