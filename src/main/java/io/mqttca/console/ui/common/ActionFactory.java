package io.mqttca.console.ui.common;

import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Builds menu items and buttons for {@link CommandId}s (in the manner of JabRef's {@code ActionFactory}): the words,
 * icon and key binding come from the id, the disabled state and the action from the {@link Commands} table.
 */
public final class ActionFactory {

    private final Commands commands;
    private final ResourceBundle bundle;

    public ActionFactory(Commands commands, ResourceBundle bundle) {
        this.commands = commands;
        this.bundle = bundle;
    }

    /** A menu item for {@code id}, with its accelerator. */
    public MenuItem menuItem(CommandId id) {
        MenuItem item = new MenuItem(bundle.getString(id.textKey()));
        item.setId(nodeId(id, "Item"));
        if (id.iconLiteral() != null) {
            item.setGraphic(new FontIcon(id.iconLiteral()));
        }
        if (id.accelerator() != null) {
            item.setAccelerator(KeyCombination.valueOf(id.accelerator()));
        }
        item.disableProperty().bind(commands.executableProperty(id).not());
        item.setOnAction(event -> commands.execute(id));
        return item;
    }

    /** A button for {@code id} (no accelerator: the menu item holds the key binding). */
    public Button button(CommandId id) {
        Button button = new Button(bundle.getString(id.textKey()));
        button.setId(nodeId(id, "Button"));
        if (id.iconLiteral() != null) {
            button.setGraphic(new FontIcon(id.iconLiteral()));
        }
        button.disableProperty().bind(commands.executableProperty(id).not());
        button.setOnAction(event -> commands.execute(id));
        return button;
    }

    /** {@code NEW_PROFILE} → {@code newProfileItem}: ids tests and style sheets can look up. */
    static String nodeId(CommandId id, String suffix) {
        StringBuilder name = new StringBuilder();
        for (String word : id.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name + suffix;
    }
}
