package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** Screens, Back and the commands a screen lends to the window while it shows. */
class NavigatorTest {

    private final Commands commands = new Commands();
    private final Navigator navigator = new Navigator(commands);
    private final List<String> ran = new java.util.ArrayList<>();

    private Screen screen(ScreenId id, Map<CommandId, UiCommand> screenCommands) {
        return new Screen(id, new SimpleStringProperty(id.name().toUpperCase(java.util.Locale.ROOT)
            .replace('-', '_')), () -> {
            throw new AssertionError("no view is built without a window");
        }, screenCommands);
    }

    @Test
    void theFirstRegisteredScreenShowsAndOffersItsCommands() {
        navigator.register(screen(ScreenId.CA_CERTIFICATES,
            Map.of(CommandId.REFRESH, UiCommand.always(() -> ran.add("refresh")))));

        assertEquals(ScreenId.CA_CERTIFICATES, navigator.currentProperty().get().id());
        assertTrue(commands.executableProperty(CommandId.REFRESH).get());
        commands.execute(CommandId.REFRESH);
        assertEquals(List.of("refresh"), ran);
        assertFalse(navigator.canGoBackProperty().get());
        assertFalse(commands.executableProperty(CommandId.BACK).get());
    }

    @Test
    void aCommandNoScreenOffersIsDisabledAndDoesNothing() {
        navigator.register(screen(ScreenId.CA_CERTIFICATES, Map.of()));

        assertFalse(commands.executableProperty(CommandId.ACTIVATE).get());
        commands.execute(CommandId.ACTIVATE);
        assertTrue(ran.isEmpty());
    }

    @Test
    void aCommandFollowsTheEnabledStateOfWhatOffersIt() {
        SimpleBooleanProperty selection = new SimpleBooleanProperty(false);
        navigator.register(screen(ScreenId.CA_CERTIFICATES,
            Map.of(CommandId.ACTIVATE, new UiCommand(() -> ran.add("activate"), selection))));

        commands.execute(CommandId.ACTIVATE);
        assertFalse(commands.executableProperty(CommandId.ACTIVATE).get());
        selection.set(true);
        assertTrue(commands.executableProperty(CommandId.ACTIVATE).get());
        commands.execute(CommandId.ACTIVATE);
        assertEquals(List.of("activate"), ran);
    }

    @Test
    void backReturnsToTheScreenBeforeAndTheTrailFollows() {
        ScreenId devices = new ScreenId("devices");
        navigator.register(screen(ScreenId.CA_CERTIFICATES,
            Map.of(CommandId.ACTIVATE, UiCommand.always(() -> ran.add("activate CA")))));
        navigator.register(screen(devices,
            Map.of(CommandId.ACTIVATE, UiCommand.always(() -> ran.add("activate device")))));

        navigator.navigate(devices);
        assertEquals(List.of("CA_CERTIFICATES", "DEVICES"), titles());
        assertTrue(commands.executableProperty(CommandId.BACK).get());
        commands.execute(CommandId.ACTIVATE);

        commands.execute(CommandId.BACK);
        assertEquals(ScreenId.CA_CERTIFICATES, navigator.currentProperty().get().id());
        assertEquals(List.of("CA_CERTIFICATES"), titles());
        assertFalse(navigator.canGoBackProperty().get());
        commands.execute(CommandId.ACTIVATE);
        assertEquals(List.of("activate device", "activate CA"), ran);
    }

    private List<String> titles() {
        return navigator.trail().stream().map(screen -> screen.title().getValue()).toList();
    }

    @Test
    void registeringAScreenTwiceIsRefused() {
        navigator.register(screen(ScreenId.CA_CERTIFICATES, Map.of()));
        assertThrows(IllegalStateException.class,
            () -> navigator.register(screen(ScreenId.CA_CERTIFICATES, Map.of())));
    }

    @Test
    void navigatingToAnUnregisteredScreenNamesIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> navigator.navigate(ScreenId.CA_CERTIFICATES));
        assertTrue(refused.getMessage().contains("ca-certificates"), refused.getMessage());
    }

    @Test
    void everyCommandHasWordsInTheBundle() {
        java.util.ResourceBundle bundle = Messages.bundle(java.util.Locale.ENGLISH);
        for (CommandId id : CommandId.values()) {
            assertFalse(bundle.getString(id.textKey()).isBlank(), id.name());
        }
    }
}
