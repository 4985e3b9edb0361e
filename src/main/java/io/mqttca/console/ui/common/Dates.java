package io.mqttca.console.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How times appear in the window, the one place that formats them: a time is "2026-11-28 10:15:42 +08:00" (the
 * window's zone, with its offset, so the same instant never reads two ways); a table column may show the date alone,
 * "2026-11-28", with the full time in its tooltip. The command line's formats are its own contract.
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
}
