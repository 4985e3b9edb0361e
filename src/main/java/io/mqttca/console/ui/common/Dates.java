package io.mqttca.console.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How times appear in the window: ISO-like local date and time, unambiguous in every language. */
public final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Dates() {
    }

    /** "2026-11-28" in {@code zone}, or an empty string for null. */
    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** "2026-11-28 10:15" in {@code zone}, or an empty string for null. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** "2026-11-28 10:15:42" in {@code zone}, or an empty string for null. */
    public static String dateTimeSeconds(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone));
    }
}
