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
}
