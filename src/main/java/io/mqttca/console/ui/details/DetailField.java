package io.mqttca.console.ui.details;

/**
 * One line of the details pane: a section heading (value empty) or a labelled value that can be copied.
 *
 * @param label   the translated label, or the heading's text
 * @param value   the value as shown and copied
 * @param heading true for a section heading
 */
public record DetailField(String label, String value, boolean heading) {

    public static DetailField heading(String text) {
        return new DetailField(text, "", true);
    }

    public static DetailField of(String label, String value) {
        return new DetailField(label, value == null ? "" : value, false);
    }
}
