package io.mqttca.console.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How times appear in the window, the one place that formats them: a time is "2026-11-28 10:15:42 +08:00" (the
 * window's zone, with its offset, so the same instant never reads two ways); a table column may show the date alone,
 * "2026-11-28", with the full time in its tooltip. A span of time is "4.3 s" or "2 min 5 s" when measured and
 * "about 3 min" when estimated. The command line's formats are its own contract.
 */
public final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private Dates() {
    }

    /** "2026-11-28" in {@code zone}, or an empty string for null. */
    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** "2026-11-28 10:15:42 +08:00" in {@code zone}, or an empty string for null. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * An ISO-8601 instant given as text ("2026-11-28T02:15:42Z", as a certificate field provider gives it) in the
     * window's format; text that is not such an instant is returned as it is.
     */
    public static String dateTime(String isoInstant, ZoneId zone) {
        if (isoInstant == null) {
            return "";
        }
        try {
            return dateTime(Instant.parse(isoInstant), zone);
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** A measured span, to a tenth of a second under a minute: "4.3 s", "2 min 5 s", "1 h 3 min". */
    public static String elapsed(Duration duration, UiContext context) {
        long tenths = Math.round(duration.toMillis() / 100.0);
        if (tenths < 600) {
            return context.format("duration.tenths", tenths / 10.0);
        }
        long seconds = Math.round(duration.toMillis() / 1000.0);
        if (seconds < 3600) {
            return context.format("duration.minutesSeconds", seconds / 60, seconds % 60);
        }
        long minutes = Math.round(seconds / 60.0);
        return context.format("duration.hoursMinutes", minutes / 60, minutes % 60);
    }

    /** An estimated span, no more precise than an estimate is: "12 s", then whole minutes, "3 min"; never 0. */
    public static String roughly(Duration duration, UiContext context) {
        long seconds = Math.max(1, Math.round(duration.toMillis() / 1000.0));
        if (seconds < 60) {
            return context.format("duration.seconds", seconds);
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return context.format("duration.minutes", minutes);
        }
        return context.format("duration.hoursMinutes", minutes / 60, minutes % 60);
    }
}
