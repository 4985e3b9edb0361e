package io.mqttca.console.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell showing text, with the whole text in a tooltip (long Sn and subjects are cut by the column).
 *
 * @param <R> the row
 */
public final class TextCell<R> extends TableCell<R, String> {

    /** Re-texted, never rebuilt: a Tooltip is a popup window with its own scene. */
    private final Tooltip tooltip = new Tooltip();

    /** A cell with {@code styleClass} added (null: none), e.g. "monospace". */
    public TextCell(String styleClass) {
        if (styleClass != null) {
            getStyleClass().add(styleClass);
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null;
        setText(blank ? null : item);
        if (!blank) {
            tooltip.setText(item);
        }
        setTooltip(blank ? null : tooltip);
    }
}
