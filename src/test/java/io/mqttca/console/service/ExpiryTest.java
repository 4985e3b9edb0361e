package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void endInThePastIsExpired() {
        Expiry expiry = Expiry.of(NOW.minus(Duration.ofDays(3)), NOW, 30);
        assertEquals(Expiry.State.EXPIRED, expiry.state());
        assertEquals("EXPIRED", expiry.describe());
    }

    @Test
    void endingExactlyNowIsExpired() {
        assertEquals(Expiry.State.EXPIRED, Expiry.of(NOW, NOW, 30).state());
    }

    @Test
    void endWithinTheWindowCountsWholeDaysLeft() {
        Expiry expiry = Expiry.of(NOW.plus(Duration.ofDays(13)).plusSeconds(3600), NOW, 30);
        assertEquals(new Expiry(Expiry.State.EXPIRING, 13), expiry);
        assertEquals("expires in 13 days", expiry.describe());
        assertEquals("expires in 1 day", Expiry.of(NOW.plus(Duration.ofHours(30)), NOW, 30).describe());
        assertEquals("expires today", Expiry.of(NOW.plus(Duration.ofHours(2)), NOW, 30).describe());
    }

    @Test
    void endBeyondTheWindowIsValid() {
        assertEquals(Expiry.State.VALID, Expiry.of(NOW.plus(Duration.ofDays(30)), NOW, 30).state());
        assertEquals(Expiry.State.EXPIRING, Expiry.of(NOW.plus(Duration.ofDays(30)), NOW, 31).state());
    }

    @Test
    void noEndDateIsUnknown() {
        assertEquals(Expiry.State.UNKNOWN, Expiry.of(null, NOW, 30).state());
    }
}
