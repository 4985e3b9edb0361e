package io.mqttca.console.ui.details;

/**
 * One line of the details pane: a section heading (value empty) or a labelled value that can be copied, with the
 * tone of a check's outcome when it is one.
 *
 * @param label   the translated label, or the heading's text
 * @param value   the value as shown and copied
 * @param heading true for a section heading
 * @param tone    how a check's outcome reads (pass, warning, failure), or {@link Tone#PLAIN}
 */
public record DetailField(String label, String value, boolean heading, Tone tone) {

    /** How a line reads: plain, or the outcome of a check (icon and colour in the pane). */
    public enum Tone {
        PLAIN,
        PASS,
        WARN,
        FAIL
    }

    public DetailField(String label, String value, boolean heading) {
        this(label, value, heading, Tone.PLAIN);
    }

    public static DetailField heading(String text) {
        return new DetailField(text, "", true);
    }

    public static DetailField of(String label, String value) {
        return new DetailField(label, value == null ? "" : value, false);
    }

    /** A check's outcome: {@code value} says what was found. */
    public static DetailField outcome(String label, String value, Tone tone) {
        return new DetailField(label, value == null ? "" : value, false, tone);
    }
}
