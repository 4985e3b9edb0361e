package io.mqttca.console.ui.common;

/**
 * What a confirmation dialog asks.
 *
 * @param title        the window title
 * @param header       the question in one line ("Deactivate CA certificate?")
 * @param message      what will happen, with the names and Sn values concerned
 * @param confirmLabel the label of the button that goes ahead ("Deactivate")
 * @param destructive  true when the action cannot be undone or may break devices (the button is styled as danger)
 */
public record Confirmation(String title, String header, String message, String confirmLabel, boolean destructive) {
}
