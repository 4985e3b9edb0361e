package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every change has its own words for every text, in both languages. */
class ActionTextsTest {

    static Stream<Arguments> textsInBothLanguages() {
        return Stream.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE).flatMap(locale -> Stream.of(
            Arguments.of(locale, "confirm title", (Function<ActionTexts, Function<ChangeAction, String>>)
                texts -> texts::confirmTitle),
            Arguments.of(locale, "confirm button", (Function<ActionTexts, Function<ChangeAction, String>>)
                texts -> texts::confirmButton),
            Arguments.of(locale, "failure title", (Function<ActionTexts, Function<ChangeAction, String>>)
                texts -> texts::failureTitle),
            Arguments.of(locale, "running", (Function<ActionTexts, Function<ChangeAction, String>>)
                texts -> texts::running),
            Arguments.of(locale, "succeeded one", (Function<ActionTexts, Function<ChangeAction, String>>)
                texts -> action -> texts.succeeded(action, "door-1", 1)),
            Arguments.of(locale, "succeeded many", (Function<ActionTexts, Function<ChangeAction, String>>)
                texts -> action -> texts.succeeded(action, "door-1", 3)),
            Arguments.of(locale, "bulk title", (Function<ActionTexts, Function<ChangeAction, String>>)
                texts -> action -> texts.bulkTitle(action, 3))));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("textsInBothLanguages")
    void everyActionHasItsOwnNonEmptyText(Locale locale, String text,
                                          Function<ActionTexts, Function<ChangeAction, String>> select) {
        UiContext context = new UiContext(Messages.bundle(locale), Runnable::run, Runnable::run,
            new RecordingDialogService(), new RecordingClipboard(), new StatusModel(), TestContexts.CLOCK);
        Function<ChangeAction, String> texts = select.apply(new ActionTexts(context));
        List<String> values = Arrays.stream(ChangeAction.values()).map(texts).collect(Collectors.toList());

        values.forEach(value -> assertFalse(value.isBlank(), text));
        assertEquals(values.size(), values.stream().distinct().count(), text + ": " + values);
    }

    private static ActionTexts texts(Locale locale) {
        return new ActionTexts(new UiContext(Messages.bundle(locale), Runnable::run, Runnable::run,
            new RecordingDialogService(), new RecordingClipboard(), new StatusModel(), TestContexts.CLOCK));
    }

    @Test
    void theRunStatusSaysWhatTheWholeRunDidOverEveryAttempt() {
        ActionTexts english = texts(Locale.ENGLISH);

        assertEquals("Activated 240 CA certificates. All 240 done over 2 attempts.",
            english.runFinished(ChangeAction.ACTIVATE_CA, new BulkTotals(240, 240, 0, 0, 0, 2)));
        assertEquals("Activated 3 CA certificates.",
            english.runFinished(ChangeAction.ACTIVATE_CA, new BulkTotals(3, 3, 0, 0, 0, 1)));
        assertEquals("Activated 1 CA certificate. Of 4: 1 failed, 2 cancelled, 0 not attempted, over 1 attempt.",
            english.runFinished(ChangeAction.ACTIVATE_CA, new BulkTotals(4, 1, 1, 2, 0, 1)));
        assertEquals("Deleted no device certificates. Of 2: 2 failed, 0 cancelled, 0 not attempted, over 3 attempts.",
            english.runFinished(ChangeAction.DELETE_DEVICE, new BulkTotals(2, 0, 2, 0, 0, 3)));
    }

    @Test
    void theRunStatusReadsNaturallyInChinese() {
        ActionTexts chinese = texts(Locale.SIMPLIFIED_CHINESE);

        assertEquals("\u5df2\u6fc0\u6d3b 240 \u4e2a CA \u8bc1\u4e66\u3002\u5171 240 \u4e2a\uff0c\u7ecf 2 "
            + "\u6b21\u5c1d\u8bd5\u5168\u90e8\u5b8c\u6210\u3002",
            chinese.runFinished(ChangeAction.ACTIVATE_CA, new BulkTotals(240, 240, 0, 0, 0, 2)));
        assertEquals("\u672a\u5220\u9664\u4efb\u4f55\u8bbe\u5907\u8bc1\u4e66\u3002",
            chinese.succeeded(ChangeAction.DELETE_DEVICE, "x", 0));
    }

    @Test
    void countsUsePluralRulesInTitlesAndResults() {
        ActionTexts english = texts(Locale.ENGLISH);

        assertEquals("Activated 1 CA certificate.", english.runFinished(ChangeAction.ACTIVATE_CA,
            new BulkTotals(1, 1, 0, 0, 0, 1)));
        assertEquals("Activating 1 CA certificate", english.bulkTitle(ChangeAction.ACTIVATE_CA, 1));
        assertEquals("Activating 2 CA certificates", english.bulkTitle(ChangeAction.ACTIVATE_CA, 2));
        assertEquals("Activating 1,200 device certificates", english.bulkTitle(ChangeAction.ACTIVATE_DEVICE, 1200));
        assertEquals("\u6b63\u5728\u6fc0\u6d3b 2 \u4e2a CA \u8bc1\u4e66",
            texts(Locale.SIMPLIFIED_CHINESE).bulkTitle(ChangeAction.ACTIVATE_CA, 2));
    }
}
