package io.mqttca.console.cloud;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Bounded retries with exponential back-off and full jitter: before attempt n + 1 the client waits a random time
 * between 0 and min(maxDelay, baseDelay · 2^(n−1)); when the service named a wait in {@code x-acs-retry-after} the
 * wait is at least that long, and a named wait longer than {@code maxDelay} ends the retries (the operator sees the
 * wait instead of a frozen screen). Only transient failures ({@link MqttApiException#isTransient()}) of operations
 * that are {@link Operation#safeToRepeat() safe to repeat} are retried, with one exception: a call the service
 * refused with throttling was not carried out, so it is repeated whatever the operation, with up to
 * {@link #THROTTLED_ATTEMPTS} attempts (decision 0011) — throttling alone should never fail an item.
 *
 * @param maxAttempts total attempts including the first (1 = never retry)
 * @param baseDelay   the back-off ceiling before the first retry
 * @param maxDelay    the largest wait before any retry
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** Three attempts, 200 ms base, 20 s cap. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(20));

    /** The attempts a throttled call gets (unless the policy allows only one): the wait is the service's to name. */
    public static final int THROTTLED_ATTEMPTS = 8;

    /** One attempt only. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and 10, was " + maxAttempts);
        }
        Duration hour = Duration.ofHours(1);
        if (baseDelay.isNegative() || maxDelay.isNegative() || baseDelay.compareTo(hour) > 0
            || maxDelay.compareTo(hour) > 0) {
            throw new IllegalArgumentException("delays must be between 0 and 1 hour");
        }
    }

    /**
     * The wait before the next attempt, or empty when the failure must be reported instead.
     *
     * @param attemptsMade attempts made so far (at least 1)
     * @param failure      the failure of the last attempt
     * @param random       a uniform random number in [0, 1)
     */
    public Optional<Duration> delayBeforeRetry(int attemptsMade, MqttApiException failure, double random) {
        boolean refusedByThrottling = failure.kind() == ErrorKind.THROTTLED;
        int allowed = refusedByThrottling && maxAttempts > 1 ? Math.max(maxAttempts, THROTTLED_ATTEMPTS) : maxAttempts;
        if (attemptsMade >= allowed || !failure.isTransient()
            || !(refusedByThrottling || failure.operation().safeToRepeat())) {
            return Optional.empty();
        }
        long ceiling = Math.min(maxDelay.toNanos(), baseDelay.toNanos() << (attemptsMade - 1));
        long jittered = (long) (random * ceiling);
        Duration named = failure.retryAfter();
        if (named == null) {
            return Optional.of(Duration.ofNanos(jittered));
        }
        if (named.compareTo(maxDelay) > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(named.toNanos(), jittered)));
    }
}
