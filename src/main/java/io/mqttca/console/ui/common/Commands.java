package io.mqttca.console.ui.common;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The window's command table: what each {@link CommandId} does right now. Global commands (new profile, import) are
 * registered once; the screen on show lends its own (activate, refresh, find), and they are withdrawn when another
 * screen shows. A command nobody offers is disabled, and executing it does nothing.
 */
public final class Commands {

    private final Map<CommandId, UiCommand> global = new EnumMap<>(CommandId.class);
    private final Map<CommandId, UiCommand> screen = new EnumMap<>(CommandId.class);
    private final Map<CommandId, ReadOnlyBooleanWrapper> executable = new EnumMap<>(CommandId.class);

    public Commands() {
        for (CommandId id : CommandId.values()) {
            executable.put(id, new ReadOnlyBooleanWrapper(false));
        }
    }

    /** Registers a command that is the same whichever screen shows. */
    public void register(CommandId id, UiCommand command) {
        global.put(id, Objects.requireNonNull(command, "command"));
        rebind(id);
    }

    /** The commands of the screen now showing; they win over global ones with the same id. */
    public void useScreenCommands(Map<CommandId, UiCommand> commands) {
        screen.clear();
        screen.putAll(commands);
        for (CommandId id : CommandId.values()) {
            rebind(id);
        }
    }

    /** Whether {@code id} can run now (menus and buttons bind their disabled state to it). */
    public ReadOnlyBooleanProperty executableProperty(CommandId id) {
        return executable.get(id).getReadOnlyProperty();
    }

    /** Runs {@code id} when something offers it and it is enabled; a stale shortcut does nothing. */
    public void execute(CommandId id) {
        UiCommand command = current(id);
        if (command != null) {
            command.execute();
        }
    }

    private UiCommand current(CommandId id) {
        UiCommand command = screen.get(id);
        return command != null ? command : global.get(id);
    }

    private void rebind(CommandId id) {
        ReadOnlyBooleanWrapper flag = executable.get(id);
        flag.unbind();
        UiCommand command = current(id);
        if (command == null) {
            flag.set(false);
        } else {
            BooleanExpression condition = command.executableProperty();
            flag.bind(condition);
        }
    }
}
