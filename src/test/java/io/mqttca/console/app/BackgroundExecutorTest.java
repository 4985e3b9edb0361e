package io.mqttca.console.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's background executor: a failing task is logged once and does not stop the next; close stops it. */
class BackgroundExecutorTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger("io.mqttca.console");

    @BeforeEach
    void recordTheLog() {
        logger.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        logger.removeHandler(recorder);
    }

    @Test
    void aFailingTaskIsLoggedAndTheNextOneStillRuns() throws Exception {
        CountDownLatch next = new CountDownLatch(1);
        try (BackgroundExecutor executor = new BackgroundExecutor()) {
            executor.execute(() -> {
                throw new IllegalStateException("parse failed");
            });
            executor.runAndWait(() -> { }, 5);
            executor.execute(next::countDown);
            assertTrue(next.await(5, TimeUnit.SECONDS));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (loggedCount() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        synchronized (recorder) {
            assertEquals(1, logged.size(), "logged once");
            assertEquals("parse failed", logged.get(0).getThrown().getMessage());
        }
    }

    private int loggedCount() {
        synchronized (recorder) {
            return logged.size();
        }
    }

    @Test
    void workArrivingAfterCloseIsDroppedQuietly() {
        BackgroundExecutor executor = new BackgroundExecutor();
        executor.close();
        List<String> ran = new ArrayList<>();
        assertDoesNotThrow(() -> executor.execute(() -> ran.add("late")));
        assertTrue(ran.isEmpty());
    }
}
