package io.mqttca.console.app;

import io.mqttca.console.service.ConsoleSettings;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.Navigator;
import io.mqttca.console.ui.common.UiContext;
import javafx.beans.value.ObservableValue;

/**
 * What every screen is built from: the UI context, the instance the sidebar has selected (with its connected
 * service), the settings the window opened with, and the navigator (to go to another screen by id).
 *
 * @param ui        strings, executors, dialogs, clipboard, status bar, clock
 * @param target    the selected instance and its service, or null
 * @param settings  the settings at start (dividers, last selection)
 * @param navigator the screens
 */
record ScreenContext(UiContext ui, ObservableValue<InstanceTarget> target, ConsoleSettings settings,
                     Navigator navigator) {
}
