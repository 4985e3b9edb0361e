package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RunPaceTest {

    private long now;
    private final RunPace pace = new RunPace(() -> now);

    private void at(double seconds) {
        now = Math.round(seconds * 1e9);
    }

    private void finishedAt(double... seconds) {
        for (double second : seconds) {
            at(second);
            pace.itemFinished();
        }
    }

    @Test
    void thereIsNoRateBeforeTwoItemsAndASecond() {
        assertTrue(pace.rate().isEmpty());
        finishedAt(0.4);
        at(3);
        assertTrue(pace.rate().isEmpty(), "one item is no rate");
        pace.start();
        finishedAt(3.2, 3.5);
        assertTrue(pace.rate().isEmpty(), "half a second is too little");
        at(4);
        assertEquals(OptionalDouble.of(2), pace.rate());
    }

    @Test
    void theRateCountsTheLastFiveSecondsOnly() {
        finishedAt(0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5);
        assertEquals(OptionalDouble.of(2), pace.rate());

        at(8);
        assertEquals(OptionalDouble.of(1), pace.rate(), "the five items from 3 s on");
        at(10.5);
        assertEquals(OptionalDouble.of(0), pace.rate());
    }

    @Test
    void theTimeLeftIsTheRemainingItemsAtTheCurrentRate() {
        finishedAt(0.5, 1);
        assertEquals(Optional.of(Duration.ofSeconds(5)), pace.timeLeft(10));

        at(7);
        assertEquals(Optional.empty(), pace.timeLeft(10), "nothing finished lately: no estimate");
    }

    @Test
    void theOverallRateAndElapsedCoverTheWholeRun() {
        at(10);
        pace.start();
        assertTrue(pace.overallRate().isEmpty());
        finishedAt(11, 12, 13, 14);
        assertEquals(4, pace.finished());
        assertEquals(Duration.ofSeconds(4), pace.elapsed());
        assertEquals(OptionalDouble.of(1), pace.overallRate());
    }
}
