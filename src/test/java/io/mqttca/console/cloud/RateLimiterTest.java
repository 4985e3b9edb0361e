package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The limiter on a virtual clock: how long bulk work takes and that no one-second window ever holds too many. */
class RateLimiterTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final VirtualTime time = new VirtualTime();

    /** Acquires {@code count} times in a row and returns the virtual time of each grant. */
    private List<Long> acquire(RateLimiter limiter, int count) throws InterruptedException {
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            limiter.acquire();
            grants.add(time.nanoTime());
        }
        return grants;
    }

    /** The most grants in any half-open window [t, t + window), over every alignment (windows starting at a grant). */
    private static int busiestWindow(List<Long> grants, long window) {
        List<Long> sorted = new ArrayList<>(grants);
        Collections.sort(sorted);
        int best = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            while (end < sorted.size() && sorted.get(end) < sorted.get(start) + window) {
                end++;
            }
            best = Math.max(best, end - start);
        }
        return best;
    }

    @Test
    void twoThousandCallsAt500PerSecondTakeAboutFourSeconds() throws InterruptedException {
        List<Long> grants = acquire(new RateLimiter(RateLimit.DEFAULT, time), 2000);
        long elapsed = grants.get(grants.size() - 1) - grants.get(0);
        assertTrue(elapsed >= 3_900_000_000L && elapsed <= 4_300_000_000L, "took " + elapsed + " ns");
    }

    @Test
    void neverGrantsMoreThan500InAnyOneSecondWindowWithItsJitterAllowance() throws InterruptedException {
        List<Long> grants = acquire(new RateLimiter(RateLimit.DEFAULT, time), 2000);
        assertEquals(500, busiestWindow(grants, SECOND + Duration.ofMillis(50).toNanos()));
        assertTrue(busiestWindow(grants, SECOND) <= 500);
    }

    @Test
    void aSmallBurstIsLetThroughAtOnceYetNoWindowExceedsTheLimit() throws InterruptedException {
        RateLimit limit = new RateLimit(500, 10, Duration.ofMillis(20));
        RateLimiter limiter = new RateLimiter(limit, time);
        List<Long> grants = acquire(limiter, 10);
        assertEquals(grants.get(0), grants.get(9), "the first ten go at once");
        grants.addAll(acquire(limiter, 1990));
        time.advance(Duration.ofMillis(700));
        grants.addAll(acquire(limiter, 1000));
        assertTrue(busiestWindow(grants, SECOND + Duration.ofMillis(20).toNanos()) <= 500);
    }

    @Test
    void holdsTheLimitUnderAnIrregularPatternOfPausesAndBursts() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(new RateLimit(50, 5, Duration.ZERO), time);
        Random random = new Random(42);
        List<Long> grants = new ArrayList<>();
        for (int round = 0; round < 300; round++) {
            time.advance(Duration.ofMillis(random.nextInt(120)));
            grants.addAll(acquire(limiter, 1 + random.nextInt(12)));
        }
        assertTrue(busiestWindow(grants, SECOND) <= 50, "busiest " + busiestWindow(grants, SECOND));
    }

    @Test
    void aBurstOfTenWidensTheSpacingSoTheFirstSecondStillHoldsOnly500() throws InterruptedException {
        // A plain bucket of 10 refilled at 500/s would admit 510 in its first second; here spacing is 1 s / 491.
        RateLimiter limiter = new RateLimiter(new RateLimit(500, 10, Duration.ZERO), time);
        List<Long> grants = acquire(limiter, 1000);
        assertEquals(500, busiestWindow(grants, SECOND));
        assertEquals(Duration.ofNanos(SECOND / 491 + 1), limiter.interval());
    }

    @Test
    void concurrentCallersGetDistinctEvenlySpacedSlots() throws Exception {
        RateLimiter limiter = new RateLimiter(RateLimit.DEFAULT, time);
        List<Long> slots = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 250; i++) {
                    slots.add(limiter.reserve());
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(slots);
        Collections.sort(sorted);
        long interval = limiter.interval().toNanos();
        for (int i = 1; i < sorted.size(); i++) {
            assertEquals(interval, sorted.get(i) - sorted.get(i - 1));
        }
    }

    @Test
    void aWaitingCallerCanBeInterrupted() throws Exception {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 1, Duration.ZERO), TimeSource.SYSTEM);
        limiter.acquire();
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                limiter.acquire();
                limiter.acquire();
            } catch (InterruptedException e) {
                outcome.set(e);
            }
        });
        waiter.start();
        waiter.interrupt();
        waiter.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(outcome.get() instanceof InterruptedException, "outcome " + outcome.get());
    }

    @Test
    void anAlreadyInterruptedCallerIsRefusedAtOnce() {
        RateLimiter limiter = new RateLimiter(RateLimit.DEFAULT, time);
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, limiter::acquire);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theRegistryGivesOneLimiterPerAccountToEveryClient() {
        RateLimiterRegistry registry = new RateLimiterRegistry(time);
        RateLimit seven = RateLimit.perSecond(7);
        OnsMqttClient.builder(Endpoint.forRegion("cn-hangzhou"), TestClients.KEY).rateLimiters(registry)
            .rateLimit(seven).build();
        RateLimiter shared = registry.forAccount("accessKeyId:" + TestClients.KEY.accessKeyId(), RateLimit.DEFAULT);
        assertEquals(seven, shared.limit(), "the first client created it");
        assertSame(shared, registry.forAccount("accessKeyId:" + TestClients.KEY.accessKeyId(), seven));
        assertTrue(shared != registry.forAccount("accessKeyId:other", seven));
    }

    @Test
    void clientsNamingTheSameAccountShareItsLimiterWhateverTheirKeys() {
        RateLimiterRegistry registry = new RateLimiterRegistry(time);
        OnsMqttClient.builder(Endpoint.forRegion("cn-hangzhou"), Credentials.of("id-1", "s", "t"))
            .rateLimiters(registry).account("1234567890").rateLimit(RateLimit.perSecond(9)).build();
        OnsMqttClient.builder(Endpoint.forRegion("cn-hangzhou"), Credentials.of("id-2", "s", "t"))
            .rateLimiters(registry).account("1234567890").build();
        assertEquals(RateLimit.perSecond(9), registry.forAccount("account:1234567890", RateLimit.DEFAULT).limit());
    }

    @Test
    void refusesABurstLargerThanTheRate() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(5, 6, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, 1, Duration.ZERO));
    }
}
