package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final Instant INSTANT = Instant.parse("2025-12-02T02:44:57Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aTimeCarriesItsZonesOffset() {
        assertEquals("2025-12-02 10:44:57 +08:00", Dates.dateTime(INSTANT, SHANGHAI));
        assertEquals("2025-12-02 02:44:57 +00:00", Dates.dateTime(INSTANT, ZoneOffset.UTC));
        assertEquals("2025-12-01 21:44:57 -05:00", Dates.dateTime(INSTANT, ZoneId.of("America/New_York")));
    }

    @Test
    void aColumnsDateIsTheDayInTheZone() {
        assertEquals("2025-12-02", Dates.date(INSTANT, SHANGHAI));
        assertEquals("2025-12-01", Dates.date(Instant.parse("2025-12-01T23:00:00Z"), ZoneOffset.UTC));
        assertEquals("2025-12-02", Dates.date(Instant.parse("2025-12-01T23:00:00Z"), SHANGHAI));
    }

    @Test
    void anIsoInstantAsTextReadsTheSameWayAndOtherTextIsLeftAlone() {
        assertEquals("2025-12-02 10:44:57 +08:00", Dates.dateTime("2025-12-02T02:44:57Z", SHANGHAI));
        assertEquals("unlimited", Dates.dateTime("unlimited", SHANGHAI));
        assertEquals("", Dates.dateTime((String) null, SHANGHAI));
        assertEquals("", Dates.dateTime((Instant) null, SHANGHAI));
    }

    private static UiContext context(Locale locale) {
        return new UiContext(Messages.bundle(locale), Runnable::run, Runnable::run, new RecordingDialogService(),
            new RecordingClipboard(), new StatusModel(), TestContexts.CLOCK);
    }

    @Test
    void aMeasuredSpanHasTenthsUnderAMinute() {
        UiContext english = context(Locale.ENGLISH);
        assertEquals("4.3 s", Dates.elapsed(Duration.ofMillis(4321), english));
        assertEquals("0.0 s", Dates.elapsed(Duration.ZERO, english));
        assertEquals("59.9 s", Dates.elapsed(Duration.ofMillis(59_940), english));
        assertEquals("1 min 0 s", Dates.elapsed(Duration.ofMillis(59_960), english));
        assertEquals("2 min 5 s", Dates.elapsed(Duration.ofSeconds(125), english));
        assertEquals("1 h 3 min", Dates.elapsed(Duration.ofMinutes(63), english));
        assertEquals("4.3 \u79d2", Dates.elapsed(Duration.ofMillis(4321), context(Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void anEstimatedSpanIsRoundedToWholeSecondsThenMinutes() {
        UiContext english = context(Locale.ENGLISH);
        assertEquals("1 s", Dates.roughly(Duration.ofMillis(100), english), "never 0");
        assertEquals("12 s", Dates.roughly(Duration.ofMillis(12_400), english));
        assertEquals("1 min", Dates.roughly(Duration.ofSeconds(60), english));
        assertEquals("3 min", Dates.roughly(Duration.ofSeconds(170), english));
        assertEquals("2 h 10 min", Dates.roughly(Duration.ofMinutes(130), english));
        assertEquals("3 \u5206\u949f", Dates.roughly(Duration.ofSeconds(170), context(Locale.SIMPLIFIED_CHINESE)));
    }

    /** The window formats times only through Dates: no other formatter, and no instant printed as it is. */
    @Test
    void noOtherPlaceInTheWindowFormatsTimes() throws Exception {
        Pattern formatting = Pattern.compile("DateTimeFormatter|SimpleDateFormat|ISO_INSTANT|ISO_LOCAL"
            + "|(time|notAfter|notBefore|validBegin|validEnd|instant)\\(\\)\\.toString\\(\\)");
        Path main = Path.of("src/main/java/io/mqttca/console");
        List<Path> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(main.resolve("ui")), Files.walk(main.resolve("app")))) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                .filter(file -> !file.startsWith(main.resolve("app/cli")))
                .filter(file -> !file.endsWith(Path.of("ui/common/Dates.java")))
                // Hands the details pane ISO instants, which the pane formats through Dates.
                .filter(file -> !file.endsWith(Path.of("app/InspectorCertificateFields.java")))
                .filter(file -> formatting.matcher(read(file)).find())
                .toList();
        }
        assertEquals(List.of(), offenders, "times formatted outside Dates");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
