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
                return transport.send(operation, query);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw cancelled(operation, e, attempts);
            } catch (MqttApiException failure) {
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

    private MqttApiException cancelled(Operation operation, InterruptedException cause, int attempts) {
        MqttApiException cancelled = MqttApiException.cancelled(operation, transport.endpoint(), cause);
        cancelled.recordAttempts(attempts);
        return cancelled;
    }
}
