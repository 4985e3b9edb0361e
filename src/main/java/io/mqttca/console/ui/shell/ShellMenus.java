package io.mqttca.console.ui.shell;

import io.mqttca.console.ui.common.ActionFactory;
import io.mqttca.console.ui.common.CommandId;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Which commands each menu of the menu bar lists, in order; a null entry is a separator. */
final class ShellMenus {

    static final List<CommandId> FILE = list(CommandId.NEW_PROFILE, CommandId.EDIT_PROFILE, null,
        CommandId.IMPORT, CommandId.REGISTER, null, CommandId.SAVE_PEM, null, CommandId.EXIT);
    /** Put before the View menu's display choices (activity panel, theme, warning window, language). */
    static final List<CommandId> VIEW = list(CommandId.BACK, CommandId.FIND, CommandId.REFRESH, null,
        CommandId.ALL_DEVICES, null, CommandId.TOGGLE_DETAILS);
    static final List<CommandId> CERTIFICATE = list(CommandId.ACTIVATE, CommandId.DEACTIVATE, CommandId.DELETE,
        null, CommandId.SHOW_DEVICES, CommandId.SHOW_DETAILS, CommandId.COPY_SN, CommandId.COPY_PEM);
    static final List<CommandId> HELP = list(CommandId.SHORTCUTS, CommandId.ABOUT);

    private ShellMenus() {
    }

    /** Puts the items for {@code commands} at the start of {@code menu}. */
    static void fill(Menu menu, List<CommandId> commands, ActionFactory actions) {
        List<MenuItem> items = commands.stream()
            .map(id -> id == null ? new SeparatorMenuItem() : actions.menuItem(id))
            .toList();
        menu.getItems().addAll(0, items);
    }

    private static List<CommandId> list(CommandId... ids) {
        return java.util.Arrays.asList(ids);
    }
}
