package io.mqttca.console.cloud;

import java.time.Duration;
import java.util.Objects;

/**
 * A fair, smooth token bucket (the GCRA form: a "theoretical arrival time" instead of a token count). Each
 * {@link #acquire()} reserves the next free slot under a short lock and then waits outside it, so callers go in the
 * order they asked (first come, first served) and no thread holds the lock while sleeping.
 *
 * <p>Arithmetic. With a limit of N calls per window W, burst B and jitter allowance J, the enforced window is
 * W' = W + J, the spacing I = W' / (N − B + 1) (rounded up) and the tolerance τ = (B − 1)·I. A grant at g is at
 * least (k − j)·I − τ after the j-th earlier one, so any half-open window of length W' holds at most
 * (W' + τ) / I = N grants — whatever the alignment, sliding or fixed. Widening by J means calls that are delayed
 * by up to J between the grant and their arrival at the server still never exceed N in the server's one-second
 * window. A plain bucket of size B refilled at N/s would instead let B + N through in the first second.
 * Defaults (500/s, B = 1, J = 50 ms): I = 2.1 ms, so 2,000 calls take 1,999 · 2.1 ms ≈ 4.2 s. A call delayed by
 * more than J after its grant (a long GC pause, a slow TLS handshake) can still push the server's count over; the
 * retry on throttling covers that rare case for calls that are safe to repeat.
 *
 * <p>A waiting caller can be interrupted (cancel); its reserved slot is then left unused, which can only lower the
 * rate.
 */
public final class RateLimiter {

    private final RateLimit limit;
    private final TimeSource time;
    private final long intervalNanos;
    private final long toleranceNanos;
    private long theoreticalArrival;

    public RateLimiter(RateLimit limit, TimeSource time) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.time = Objects.requireNonNull(time, "time");
        long window = Duration.ofSeconds(1).plus(limit.jitterAllowance()).toNanos();
        long slots = limit.callsPerSecond() - limit.burst() + 1L;
        this.intervalNanos = (window + slots - 1) / slots;
        this.toleranceNanos = (limit.burst() - 1L) * intervalNanos;
        this.theoreticalArrival = time.nanoTime();
    }

    public RateLimit limit() {
        return limit;
    }

    /** The even spacing between calls once the burst is used up. */
    public Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }

    /** Waits for this caller's slot. */
    public void acquire() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted before acquiring a rate-limit slot");
        }
        time.sleepUntil(reserve());
    }

    /** Reserves the next slot and returns its time on the {@link TimeSource} clock; the caller must wait for it. */
    synchronized long reserve() {
        long now = time.nanoTime();
        long grant = Math.max(now, theoreticalArrival - toleranceNanos);
        theoreticalArrival = Math.max(theoreticalArrival, grant) + intervalNanos;
        return grant;
    }
}
