package io.mqttca.console.cloud;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when someone sleeps on it; it records every sleep. No real waiting happens. */
final class VirtualTime implements TimeSource {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void sleepNanos(long nanos) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted");
        }
        sleeps.add(Duration.ofNanos(nanos));
        now.addAndGet(nanos);
    }

    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
