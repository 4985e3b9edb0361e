package io.mqttca.console.cloud;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RateLimiter} per account, shared by every client in the process that calls with that account, because
 * the service counts calls per Alibaba Cloud account (all its AccessKeys together). The client keys by an account
 * name when the caller knows it and by the AccessKey ID otherwise. The first client to ask for an account decides
 * that limiter's {@link RateLimit}; later clients share it as it is.
 */
public final class RateLimiterRegistry {

    private static final RateLimiterRegistry SHARED = new RateLimiterRegistry(TimeSource.SYSTEM);

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final TimeSource time;

    public RateLimiterRegistry(TimeSource time) {
        this.time = Objects.requireNonNull(time, "time");
    }

    /** The process-wide registry every client uses unless told otherwise. */
    public static RateLimiterRegistry shared() {
        return SHARED;
    }

    /** The limiter of this account, created with {@code limit} if it does not exist yet. */
    public RateLimiter forAccount(String accountKey, RateLimit limit) {
        Objects.requireNonNull(accountKey, "accountKey");
        Objects.requireNonNull(limit, "limit");
        return limiters.computeIfAbsent(accountKey, key -> new RateLimiter(limit, time));
    }
}
