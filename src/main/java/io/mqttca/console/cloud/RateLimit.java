package io.mqttca.console.cloud;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast one account may call the API: at most {@code callsPerSecond} calls in any one-second window, with up to
 * {@code burst} calls back to back after a pause, and a {@code jitterAllowance} that widens the window the client
 * enforces so that calls which leave the client on schedule but arrive late (thread wake-up, network) still fit the
 * server's own one-second count. See {@link RateLimiter} for the arithmetic.
 *
 * @param callsPerSecond  the service's limit (500 per account for these operations)
 * @param burst           calls allowed back to back, 1 = perfectly even spacing
 * @param jitterAllowance extra window length absorbed as arrival jitter
 */
public record RateLimit(int callsPerSecond, int burst, Duration jitterAllowance) {

    /**
     * 500 calls/s, evenly spaced, with 50 ms of jitter allowance: 2,000 calls take about 4.2 s. With 20 ms a loopback
     * run of 2,000 calls from 32 threads once put 501 arrivals in one server second (connection set-up delays the
     * first calls, which then land together); with 50 ms the busiest second held at most 494 in repeated runs.
     */
    public static final RateLimit DEFAULT = new RateLimit(500, 1, Duration.ofMillis(50));

    public RateLimit {
        Objects.requireNonNull(jitterAllowance, "jitterAllowance");
        if (callsPerSecond < 1) {
            throw new IllegalArgumentException("callsPerSecond must be at least 1, was " + callsPerSecond);
        }
        if (burst < 1 || burst > callsPerSecond) {
            throw new IllegalArgumentException("burst must be between 1 and callsPerSecond, was " + burst);
        }
        if (jitterAllowance.isNegative() || jitterAllowance.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("jitterAllowance must be between 0 and 1 s, was " + jitterAllowance);
        }
    }

    /** The given rate with the default burst and jitter allowance. */
    public static RateLimit perSecond(int callsPerSecond) {
        return new RateLimit(callsPerSecond, 1, DEFAULT.jitterAllowance());
    }
}
