package io.mqttca.console.ui.common;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * One screen of the window: its id, the title the breadcrumb shows, how to build its view (once, on first show) and
 * the commands it offers while it shows.
 *
 * @param id       the screen's id
 * @param title    the breadcrumb's words for it (follows the selected instance, for example)
 * @param view     builds the view from its FXML and view model; called once, on the UI thread
 * @param commands what the screen does for each command id while it shows
 */
public record Screen(ScreenId id, ObservableValue<String> title, Supplier<Parent> view,
                     Map<CommandId, UiCommand> commands) {

    public Screen {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(view, "view");
        commands = Map.copyOf(commands);
    }
}
