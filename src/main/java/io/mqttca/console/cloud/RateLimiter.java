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
 * <p>Learning the account's real rate. The configured rate is what the client assumes; an account may allow less,
 * or share its limit with other processes. On each throttled answer ({@link #throttled()}) the rate drops to the
 * answers counted in the last second, but by at most half at a time and at most once per 100 ms (throttled answers
 * come in bunches); after 5 s without throttling it creeps back up by a twentieth, never above the configured rate.
 * The limiter is shared per account, so what one run learns holds for the later calls of the process.
 *
 * <p>A waiting caller can be interrupted (cancel); its reserved slot is then left unused, which can only lower the
 * rate.
 */
public final class RateLimiter {

    private final RateLimit limit;
    private final TimeSource time;
    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final long DECREASE_SPACING = Duration.ofMillis(100).toNanos();
    private static final long INCREASE_AFTER = Duration.ofSeconds(5).toNanos();

    private final long windowNanos;
    private final long[] answers;
    private int answerCount;
    private int answerNext;
    private int callsPerSecond;
    private long intervalNanos;
    private long toleranceNanos;
    private long theoreticalArrival;
    private long lastChange;

    public RateLimiter(RateLimit limit, TimeSource time) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.time = Objects.requireNonNull(time, "time");
        this.windowNanos = Duration.ofSeconds(1).plus(limit.jitterAllowance()).toNanos();
        this.answers = new long[limit.callsPerSecond()];
        this.theoreticalArrival = time.nanoTime();
        this.lastChange = theoreticalArrival;
        pace(limit.callsPerSecond());
    }

    private void pace(int rate) {
        callsPerSecond = rate;
        long slots = rate - Math.min(limit.burst(), rate) + 1L;
        intervalNanos = (windowNanos + slots - 1) / slots;
        toleranceNanos = (Math.min(limit.burst(), rate) - 1L) * intervalNanos;
    }

    /** The rate the limiter keeps to now: the configured one, or less after throttling. */
    public synchronized int callsPerSecond() {
        return callsPerSecond;
    }

    /** Notes an answer the service gave without throttling. */
    public synchronized void answered() {
        long now = time.nanoTime();
        answers[answerNext] = now;
        answerNext = (answerNext + 1) % answers.length;
        answerCount = Math.min(answerCount + 1, answers.length);
        if (callsPerSecond < limit.callsPerSecond() && now - lastChange >= INCREASE_AFTER) {
            pace(Math.min(limit.callsPerSecond(), callsPerSecond + Math.max(1, callsPerSecond / 20)));
            lastChange = now;
        }
    }

    /** Notes that the service refused a call with throttling: the account allows less than this limiter's rate. */
    public synchronized void throttled() {
        long now = time.nanoTime();
        if (now - lastChange < DECREASE_SPACING) {
            return;
        }
        int answeredLastSecond = 0;
        for (int i = 0; i < answerCount; i++) {
            if (now - answers[i] < SECOND) {
                answeredLastSecond++;
            }
        }
        int lowered = Math.max(1, Math.max(answeredLastSecond, callsPerSecond / 2));
        if (lowered < callsPerSecond) {
            pace(lowered);
            // The slots already handed out were spaced for the old rate: the next one comes one new interval on.
            theoreticalArrival = Math.max(theoreticalArrival, now) + intervalNanos;
        }
        lastChange = now;
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
