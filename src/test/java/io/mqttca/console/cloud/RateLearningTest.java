package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The limiter learns an account's lower rate from throttling, keeps to it, and creeps back up when left alone. */
class RateLearningTest {

    private final VirtualTime time = new VirtualTime();
    private final RateLimiter limiter = new RateLimiter(RateLimit.DEFAULT, time);

    /** One second of calls answered at the limiter's pace, with the account refusing all past {@code allowed}. */
    private void secondOfCalls(int allowed) throws InterruptedException {
        long end = time.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        int answered = 0;
        while (time.nanoTime() < end) {
            limiter.acquire();
            if (answered < allowed) {
                answered++;
                limiter.answered();
            } else {
                limiter.throttled();
            }
        }
    }

    @Test
    void throttlingLowersTheRateToWhatTheAccountAnswers() throws InterruptedException {
        for (int second = 0; second < 4; second++) {
            secondOfCalls(20);
        }
        int learned = limiter.callsPerSecond();
        assertTrue(learned >= 19 && learned <= 21, "learned " + learned);
    }

    @Test
    void oneThrottledAnswerHalvesTheRateAtMost() throws InterruptedException {
        limiter.acquire();
        limiter.answered();
        time.sleepNanos(TimeUnit.MILLISECONDS.toNanos(200));
        limiter.throttled();
        assertEquals(250, limiter.callsPerSecond());
        limiter.throttled();
        assertEquals(250, limiter.callsPerSecond(), "a bunch of throttled answers counts once");
    }

    @Test
    void withoutThrottlingTheRateCreepsBackButNeverPastTheLimit() throws InterruptedException {
        time.sleepNanos(TimeUnit.MILLISECONDS.toNanos(200));
        limiter.throttled();
        int lowered = limiter.callsPerSecond();
        for (int i = 0; i < 200; i++) {
            time.sleepNanos(TimeUnit.SECONDS.toNanos(6));
            limiter.answered();
        }
        assertTrue(lowered < 500);
        assertEquals(500, limiter.callsPerSecond());
    }
}
