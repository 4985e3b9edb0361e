package io.mqttca.console.cloud;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Wraps {@link RpcTransport} with the account's rate limiter and the {@link RetryPolicy}: every attempt, first or
 * repeated, waits for a rate-limit slot; a transient failure of a call that is safe to repeat waits the back-off
 * and tries again; anything else is thrown with the number of attempts made. Interrupting the calling thread
 * cancels the wait and throws {@link ErrorKind#CANCELLED}.
 */
final class RpcCaller {

    private final RpcTransport transport;
    private final RateLimiter limiter;
    private final RetryPolicy retryPolicy;
    private final TimeSource time;
    private final DoubleSupplier random;
    private final CallLatency latency = new CallLatency();

    RpcCaller(RpcTransport transport, RateLimiter limiter, RetryPolicy retryPolicy, TimeSource time,
              DoubleSupplier random) {
        this.transport = transport;
        this.limiter = limiter;
        this.retryPolicy = retryPolicy;
        this.time = time;
        this.random = random;
    }

    RpcResponse call(Operation operation, Map<String, String> query) {
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                limiter.acquire();
                long sent = time.nanoTime();
                RpcResponse response = transport.send(operation, query);
                latency.record(time.nanoTime() - sent);
                limiter.answered();
                return response;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw cancelled(operation, e, attempts);
            } catch (MqttApiException failure) {
                if (failure.kind() == ErrorKind.THROTTLED) {
                    limiter.throttled();
                }
                Optional<Duration> delay = retryPolicy.delayBeforeRetry(attempts, failure, random.getAsDouble());
                if (delay.isEmpty()) {
                    failure.recordAttempts(attempts);
                    throw failure;
                }
                try {
                    time.sleepUntil(time.nanoTime() + delay.get().toNanos());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw cancelled(operation, e, attempts);
                }
            }
        }
    }

    /**
     * How many calls to keep in flight so that the limiter, not the wait for answers, sets the pace (Little's law:
     * in flight = rate × latency), with half again as many for latency that varies, between 4 and {@code cap};
     * before the first answer, {@link OnsMqttClient#INITIAL_CONCURRENCY}.
     */
    int suggestedConcurrency(int cap) {
        if (!latency.measured()) {
            return Math.min(cap, OnsMqttClient.INITIAL_CONCURRENCY);
        }
        double inFlight = limiter.callsPerSecond() * latency.seconds() * 1.5;
        return (int) Math.max(4, Math.min(cap, Math.ceil(inFlight) + 2));
    }

    private MqttApiException cancelled(Operation operation, InterruptedException cause, int attempts) {
        MqttApiException cancelled = MqttApiException.cancelled(operation, transport.endpoint(), cause);
        cancelled.recordAttempts(attempts);
        return cancelled;
    }
}
