package io.mqttca.console.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.ConsoleSettings;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.CommandId;
import io.mqttca.console.ui.common.Commands;
import io.mqttca.console.ui.common.Navigator;
import io.mqttca.console.ui.common.UiContext;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final UiContext context = TestContexts.context(dialogs, clipboard);

    private final Commands commands = new Commands();
    private int exits;

    private MainWindowViewModel viewModel() {
        return new MainWindowViewModel(context, ConsoleSettings.defaults(), commands, new Navigator(commands),
            () -> exits++, "1.0");
    }

    @Test
    void helpAndExitAreCommandsOfTheShell() {
        viewModel();
        commands.execute(CommandId.ABOUT);
        commands.execute(CommandId.EXIT);
        assertEquals(1, dialogs.notifications.size());
        assertTrue(dialogs.notifications.get(0).contains("1.0"), dialogs.notifications.get(0));
        assertEquals(1, exits);
    }

    @Test
    void displayChoicesGoBackIntoTheSettings() {
        MainWindowViewModel viewModel = viewModel();
        viewModel.darkThemeProperty().set(true);
        viewModel.warningDaysProperty().set(60);
        viewModel.activityVisibleProperty().set(true);
        viewModel.changeLanguage("zh-CN");

        ConsoleSettings settings = viewModel.settings(ConsoleSettings.defaults());
        assertTrue(settings.darkTheme());
        assertEquals(60, settings.warningDays());
        assertTrue(settings.activityVisible());
        assertEquals("zh-CN", settings.language());
        assertEquals(0, dialogs.notifications.size(), "the language applies at once, without a restart notice");
    }

    @Test
    void aRefusedLanguageSwitchKeepsTheCurrentLanguage() {
        MainWindowViewModel viewModel = viewModel();
        viewModel.setLanguageSwitchCheck(() -> false);
        viewModel.changeLanguage("zh-CN");
        assertEquals(ConsoleSettings.defaults().language(), viewModel.settings(ConsoleSettings.defaults()).language());
    }

    @Test
    void theLastRequestIdCanBeCopied() {
        MainWindowViewModel viewModel = viewModel();
        context.status().requestId("REQ-42");
        viewModel.copyLastRequestId();
        assertEquals("REQ-42", clipboard.last());
    }

    @Test
    void theShortcutListNamesEveryCommandsKeyIncludingImportRegisterAndExit() {
        String text = viewModel().shortcutsText();
        for (CommandId id : CommandId.values()) {
            if (id.accelerator() != null) {
                assertTrue(text.contains(id.accelerator().replace("Shortcut", "Ctrl")), id + " in:\n" + text);
            }
        }
        assertTrue(text.contains("Ctrl+O  Import certificates"), text);
        assertTrue(text.contains("Ctrl+R  Register CA certificate"), text);
        assertTrue(text.contains("Ctrl+Q  Exit"), text);
    }
}
