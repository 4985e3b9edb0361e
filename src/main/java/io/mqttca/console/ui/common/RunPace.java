package io.mqttca.console.ui.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * How fast a run goes: items finished per second over the last few seconds, and the time left at that pace. Only
 * the last {@link #WINDOW} counts, so the rate falls when the service slows the run down (throttling, retries)
 * instead of averaging the slow part away. Used on one thread (the UI thread).
 */
final class RunPace {

    static final Duration WINDOW = Duration.ofSeconds(5);
    private static final long WINDOW_NANOS = WINDOW.toNanos();
    private static final long MIN_DATA_NANOS = Duration.ofSeconds(1).toNanos();
    private static final int MIN_ITEMS = 2;

    private final LongSupplier nanoTime;
    private final Deque<Long> recent = new ArrayDeque<>();
    private long startNanos;
    private int finished;

    /** {@code nanoTime} as {@link System#nanoTime()}: only differences between its readings count. */
    RunPace(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        start();
    }

    /** Starts measuring afresh (a run or a retry starts). */
    void start() {
        startNanos = nanoTime.getAsLong();
        recent.clear();
        finished = 0;
    }

    void itemFinished() {
        long now = nanoTime.getAsLong();
        recent.addLast(now);
        finished++;
        forgetBefore(now - WINDOW_NANOS);
    }

    /** The items finished since {@link #start()}. */
    int finished() {
        return finished;
    }

    Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - startNanos);
    }

    /**
     * Items finished per second over the last {@link #WINDOW} (or since the start, when that is shorter); empty
     * until at least 2 items finished and a second went by, too little to say anything.
     */
    OptionalDouble rate() {
        long now = nanoTime.getAsLong();
        long since = now - startNanos;
        if (finished < MIN_ITEMS || since < MIN_DATA_NANOS) {
            return OptionalDouble.empty();
        }
        forgetBefore(now - WINDOW_NANOS);
        return OptionalDouble.of(recent.size() * 1e9 / Math.min(since, WINDOW_NANOS));
    }

    /** The time {@code remaining} items take at the current rate; empty while there is no rate or it is 0. */
    Optional<Duration> timeLeft(int remaining) {
        OptionalDouble rate = rate();
        if (rate.isEmpty() || rate.getAsDouble() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.round(remaining / rate.getAsDouble() * 1e9)));
    }

    /** Items finished per second over the whole run; empty when no time went by. */
    OptionalDouble overallRate() {
        long nanos = nanoTime.getAsLong() - startNanos;
        return nanos <= 0 ? OptionalDouble.empty() : OptionalDouble.of(finished * 1e9 / nanos);
    }

    private void forgetBefore(long oldest) {
        while (!recent.isEmpty() && recent.peekFirst() < oldest) {
            recent.removeFirst();
        }
    }
}
