package io.mqttca.console.emulator;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-account flow control of the API (500 calls per second by default): a fixed one-second window aligned
 * to the clock's whole seconds, counted per account, so all access keys of an account share it. A call beyond
 * the limit within the same second is refused (Throttling.User) and still counts.
 */
final class AccountRateLimiter {

    private final int callsPerSecond;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    AccountRateLimiter(int callsPerSecond, Clock clock) {
        this.callsPerSecond = callsPerSecond;
        this.clock = clock;
    }

    /** Counts the call; false when the account is over its limit in the current second. */
    boolean tryAcquire(String accountId) {
        long second = Math.floorDiv(clock.millis(), 1000L);
        Window window = windows.compute(accountId, (id, current) ->
            current == null || current.second() != second ? new Window(second, 1)
                : new Window(second, current.count() + 1));
        return window.count() <= callsPerSecond;
    }

    private record Window(long second, int count) {
    }
}
