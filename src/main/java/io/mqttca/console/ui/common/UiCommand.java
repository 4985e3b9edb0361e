package io.mqttca.console.ui.common;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An action the operator can trigger from a menu, a toolbar or a shortcut, with the condition that enables it.
 * The composition root builds them from view-model methods so that the menu bar needs no feature's types.
 */
public final class UiCommand {

    private final Runnable action;
    private final BooleanExpression executable;

    public UiCommand(Runnable action, ObservableBooleanValue executable) {
        this.action = Objects.requireNonNull(action, "action");
        this.executable = BooleanExpression.booleanExpression(executable);
    }

    /** A command that is always enabled. */
    public static UiCommand always(Runnable action) {
        return new UiCommand(action, Bindings.createBooleanBinding(() -> true));
    }

    public BooleanExpression executableProperty() {
        return executable;
    }

    /** Runs the action when enabled; ignored otherwise (a stale shortcut must do nothing). */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
