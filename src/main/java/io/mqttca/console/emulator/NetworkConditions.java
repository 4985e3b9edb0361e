package io.mqttca.console.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The network the emulator makes its clients meet, for tests and benchmarks: a delay before every answer (a WAN
 * link; answers overlap, the server does not serialize on it) and a share of calls that fail at random — half with
 * HTTP 500 {@code InternalError} before anything is changed, half by closing the connection after the change is
 * committed, so the answer is lost.
 *
 * @param latency   added before every answer; zero for none
 * @param faultRate the share of calls that fail, 0 to 1
 * @param faultSeed the seed of the fault dice, so that a test sees the same faults every run
 */
public record NetworkConditions(Duration latency, double faultRate, long faultSeed) {

    /** No delay, no faults. */
    public static final NetworkConditions LOCAL = new NetworkConditions(Duration.ZERO, 0, 0);

    public NetworkConditions {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative() || latency.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("latency must be between 0 and 60 s: " + latency);
        }
        if (!(faultRate >= 0 && faultRate <= 1)) {
            throw new IllegalArgumentException("faultRate must be between 0 and 1: " + faultRate);
        }
    }

    public boolean delays() {
        return !latency.isZero();
    }
}
