package io.mqttca.console.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Makes a table fit a narrow window without losing what matters: the columns named as optional give way one after
 * the other (their values stay in the details pane), and when even the rest cannot fit at their minimum widths the
 * table scrolls sideways instead of cutting columns off.
 */
public final class ResponsiveColumns {

    /** Room for the vertical scroll bar and the table's borders. */
    private static final double CHROME = 18;

    private ResponsiveColumns() {
    }

    /**
     * Keeps {@code table}'s columns fitting its width.
     *
     * @param firstToGo the optional columns, in the order they give way; the others always show
     */
    public static <R> void fit(TableView<R> table, List<TableColumn<R, ?>> firstToGo) {
        // The widths the columns were laid out with: the resize policies change the preferred widths as they go.
        Map<TableColumn<R, ?>, Double> comfortable = new HashMap<>();
        table.getColumns().forEach(column -> comfortable.put(column, column.getPrefWidth()));
        InvalidationListener refit = observable -> refit(table, firstToGo, comfortable);
        table.widthProperty().addListener(refit);
        table.getColumns().forEach(column -> column.minWidthProperty().addListener(refit));
        table.getColumns().stream().filter(column -> !firstToGo.contains(column))
            .forEach(column -> column.visibleProperty().addListener(refit));
    }

    private static <R> void refit(TableView<R> table, List<TableColumn<R, ?>> firstToGo,
                                  Map<TableColumn<R, ?>, Double> comfortable) {
        double available = table.getWidth() - CHROME;
        if (available <= 0) {
            return;
        }
        // The optional columns come back in the reverse of the order they went, while there is room for them.
        // A column the screen hid itself (not one that gave way) takes no room.
        double needed = table.getColumns().stream().filter(column -> !firstToGo.contains(column))
            .filter(TableColumn::isVisible)
            .mapToDouble(column -> Math.max(column.getMinWidth(), comfortable.get(column))).sum();
        int keep = 0;
        for (int i = firstToGo.size() - 1; i >= 0; i--) {
            double width = Math.max(firstToGo.get(i).getMinWidth(), comfortable.get(firstToGo.get(i)));
            if (needed + width > available) {
                break;
            }
            needed += width;
            keep++;
        }
        for (int i = 0; i < firstToGo.size(); i++) {
            firstToGo.get(i).setVisible(i >= firstToGo.size() - keep);
        }
        double minimum = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        boolean scroll = minimum > available;
        if (scroll) {
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.getVisibleLeafColumns().forEach(column -> column.setPrefWidth(column.getMinWidth()));
        } else if (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.getColumns().forEach(column -> column.setPrefWidth(Math.max(column.getMinWidth(),
                comfortable.get(column))));
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
    }
}
