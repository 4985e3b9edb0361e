package io.mqttca.console.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;

/**
 * The screen registry and the navigation between screens (in the spirit of AtlantaFX's sampler
 * {@code MainModel.navigate}): screens register once; {@link #navigate(ScreenId)} shows one, remembering where the
 * operator came from, {@link #back()} returns; the trail is what the breadcrumb shows. The shell swaps its content
 * area to the current screen's view and lends the screen's commands to the {@link Commands} table.
 */
public final class Navigator {

    private final Commands commands;
    private final Map<ScreenId, Screen> screens = new HashMap<>();
    private final Map<ScreenId, Parent> views = new HashMap<>();
    private final Deque<Screen> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Screen> trail = FXCollections.observableArrayList();
    // Held once: an unmodifiable view listens weakly, so a view made per call loses its listeners to the GC.
    private final ObservableList<Screen> readOnlyTrail = FXCollections.unmodifiableObservableList(trail);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);

    public Navigator(Commands commands) {
        this.commands = commands;
        commands.register(CommandId.BACK, new UiCommand(this::back, canGoBack.getReadOnlyProperty()));
    }

    /** Registers a screen; the first one registered is shown first. */
    public void register(Screen screen) {
        if (screens.putIfAbsent(screen.id(), screen) != null) {
            throw new IllegalStateException("Screen registered twice: " + screen.id());
        }
        if (current.get() == null) {
            show(screen);
        }
    }

    /** Shows the screen {@code id}; Back returns to the one showing now. */
    public void navigate(ScreenId id) {
        Screen screen = screens.get(id);
        if (screen == null) {
            throw new IllegalArgumentException("No screen registered for " + id);
        }
        if (screen == current.get()) {
            return;
        }
        if (current.get() != null) {
            history.push(current.get());
        }
        show(screen);
    }

    /** Returns to the screen shown before, if any. */
    public void back() {
        if (!history.isEmpty()) {
            show(history.pop());
        }
    }

    /** The view of {@code screen}, built on first use and kept. */
    public Parent viewOf(Screen screen) {
        return views.computeIfAbsent(screen.id(), id -> screen.view().get());
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The screens from the first to the current one, for the breadcrumb. */
    public ObservableList<Screen> trail() {
        return readOnlyTrail;
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    private void show(Screen screen) {
        current.set(screen);
        commands.useScreenCommands(screen.commands());
        List<Screen> path = new java.util.ArrayList<>(history);
        java.util.Collections.reverse(path);
        path.add(screen);
        trail.setAll(path);
        canGoBack.set(!history.isEmpty());
    }
}
