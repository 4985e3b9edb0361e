package io.mqttca.console.service;

import java.time.Duration;
import java.time.Instant;

/**
 * How close a certificate is to the end of its validity, as the table's expiry badge and the command line show
 * it: expired, expiring within the warning window (with whole days left, rounded down), valid, or unknown when
 * the server gave no end date.
 *
 * @param state    which of the four
 * @param daysLeft whole days until the end of validity (0 on the last day); negative or 0 when expired
 */
public record Expiry(State state, long daysLeft) {

    /** The default warning window in days. */
    public static final int DEFAULT_WARNING_DAYS = 30;

    /** The expiry states, from worst to best. */
    public enum State {
        EXPIRED,
        EXPIRING,
        VALID,
        UNKNOWN
    }

    public static Expiry of(Instant validEnd, Instant now, int warningDays) {
        if (validEnd == null) {
            return new Expiry(State.UNKNOWN, 0);
        }
        if (!validEnd.isAfter(now)) {
            return new Expiry(State.EXPIRED, -Duration.between(validEnd, now).toDays());
        }
        long days = Duration.between(now, validEnd).toDays();
        return new Expiry(days < warningDays ? State.EXPIRING : State.VALID, days);
    }

    /** Plain English, as the command line prints it: "EXPIRED", "expires in 3 days", "valid". */
    public String describe() {
        return switch (state) {
            case EXPIRED -> "EXPIRED";
            case EXPIRING -> daysLeft == 0 ? "expires today"
                : "expires in " + daysLeft + (daysLeft == 1 ? " day" : " days");
            case VALID -> "valid";
            case UNKNOWN -> "unknown";
        };
    }
}
