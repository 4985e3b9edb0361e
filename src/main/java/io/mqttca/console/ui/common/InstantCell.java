package io.mqttca.console.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell showing a date in the console's zone, with the full time and zone in a tooltip.
 *
 * @param <R> the row
 */
public final class InstantCell<R> extends TableCell<R, Instant> {

    /** One tooltip per cell, re-texted: making a Tooltip per update cost most of a filter keystroke. */
    private final Tooltip tooltip = new Tooltip();
    private final ZoneId zone;

    public InstantCell(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    protected void updateItem(Instant item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(Dates.date(item, zone));
        tooltip.setText(Dates.dateTime(item, zone));
        setTooltip(tooltip);
    }
}
