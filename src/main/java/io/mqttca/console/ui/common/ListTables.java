package io.mqttca.console.ui.common;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Wires a table to a remote list's rows and selection, and gives its rows a menu and an open action. */
public final class ListTables {

    /** The cell's own padding plus room for the column's sort arrow. */
    private static final double CELL_PADDING = 28;

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MENU = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    private ListTables() {
    }

    /**
     * Shows {@code rows} sorted by the table's columns, with multiple selection; every selection change goes to
     * {@code selectionChanged} (selected rows, focused row), and a row set in {@code rowToSelect} is selected and
     * scrolled to.
     */
    public static <R> void show(TableView<R> table, ObservableList<R> rows, BiConsumer<List<R>, R> selectionChanged,
                                ObservableValue<R> rowToSelect) {
        table.setItems(sortedView(rows, table));
        // A SortedList keeps references to the elements removed from it (its array is not cleared), so a list of
        // 100,000 rows emptied for another CA would stay in memory: once its source is empty it is made anew.
        rows.addListener((ListChangeListener<R>) change -> {
            if (rows.isEmpty() && table.getItems() instanceof SortedList<R> old && old.getSource() == rows) {
                old.comparatorProperty().unbind();
                table.setItems(sortedView(rows, table));
            }
        });
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Runnable publish = () -> selectionChanged.accept(List.copyOf(table.getSelectionModel().getSelectedItems()),
            table.getSelectionModel().getSelectedItem());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<R>) change -> publish.run());
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> publish.run());
        rowToSelect.addListener((observable, before, row) -> {
            if (row != null) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
    }

    private static <R> SortedList<R> sortedView(ObservableList<R> rows, TableView<R> table) {
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        return sorted;
    }

    /**
     * Rows that are not empty get {@code menu}; a double click or Enter on the selection runs {@code open}; Ctrl+C
     * (Cmd+C) on the selection runs {@code copy}; Shift+F10 and the Menu key open the menu at the focused row, as a
     * right click does.
     */
    public static <R> void rowActions(TableView<R> table, ContextMenu menu, Runnable open, Runnable copy) {
        table.setRowFactory(ignored -> {
            TableRow<R> row = new TableRow<>();
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                .otherwise(menu));
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty() && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                    open.run();
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            boolean selected = !table.getSelectionModel().isEmpty();
            if (event.getCode() == KeyCode.ENTER && selected) {
                event.consume();
                open.run();
            } else if (COPY.match(event) && selected) {
                event.consume();
                copy.run();
            } else if ((MENU.match(event) || event.getCode() == KeyCode.CONTEXT_MENU) && selected) {
                event.consume();
                showAtFocusedRow(table, menu);
            }
        });
    }

    private static <R> void showAtFocusedRow(TableView<R> table, ContextMenu menu) {
        int focused = table.getFocusModel().getFocusedIndex();
        Node anchor = table.lookupAll(".table-row-cell").stream()
            .filter(node -> node instanceof TableRow<?> row && row.getIndex() == focused && !row.isEmpty())
            .findFirst().orElse(table);
        Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        if (bounds != null) {
            menu.show(anchor, bounds.getMinX() + 24, bounds.getMaxY());
        }
    }

    /**
     * The filter box's keys: Escape empties it and returns to the table; Down lands on the first match, so that
     * Enter, Ctrl+C and Shift+F10 act on a row.
     */
    public static <R> void filterKeys(TextField filterField, TableView<R> table, Runnable clearFilter) {
        filterField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                clearFilter.run();
                table.requestFocus();
            } else if (event.getCode() == KeyCode.DOWN) {
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                    table.getFocusModel().focus(0);
                }
                table.requestFocus();
            }
        });
    }

    /** The Delete key on the table (without Ctrl, which is the menu's accelerator) runs {@code delete}. */
    public static void deleteKey(TableView<?> table, Runnable delete) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE && !event.isShortcutDown()) {
                event.consume();
                delete.run();
            }
        });
    }

    /**
     * The list's header: the spinner while it loads, the filter box bound to its filter (with its keys), and its
     * "N of M".
     */
    public static <R extends ListRow> void header(RemoteListModel<?, R> list, TableView<R> table, Node loadingIndicator,
                                  TextField filterField, Labeled countLabel) {
        loadingIndicator.visibleProperty().bind(list.loadingProperty());
        filterField.textProperty().bindBidirectional(list.filterTextProperty());
        countLabel.textProperty().bind(list.countTextProperty());
        filterKeys(filterField, table, list::clearFilter);
    }

    /** Greys out the rows while {@code stale}: they are those of an earlier load, and the banner says when. */
    public static void markStale(TableView<?> table, ObservableBooleanValue stale) {
        PseudoClass pseudoClass = PseudoClass.getPseudoClass("stale");
        stale.addListener((observable, before, now) -> table.pseudoClassStateChanged(pseudoClass, now));
        table.pseudoClassStateChanged(pseudoClass, stale.get());
    }

    /**
     * Sizes a monospaced column to its longest value (an operator copies and compares serials whole), up to
     * {@code maxWidth}; longer values keep their tooltip. Monospaced, so only the longest length is measured.
     */
    public static <R> void fitToLongest(TableColumn<R, ?> column, ObservableList<R> rows, Function<R, String> value,
                                        double maxWidth) {
        int[] longest = {0};
        Runnable fit = () -> {
            if (longest[0] > 0) {
                Text sample = new Text("0".repeat(longest[0]));
                sample.setFont(Font.font("Monospaced", Font.getDefault().getSize()));
                double width = Math.ceil(sample.getLayoutBounds().getWidth()) + CELL_PADDING;
                // The minimum, not the preferred width: the table's constrained resize policy shrinks columns below
                // their preferred width to fit the window, and a serial cut to "00f26900ba87a1…" is useless.
                double fitted = Math.min(maxWidth, width);
                column.setMinWidth(fitted);
                column.setPrefWidth(Math.max(column.getPrefWidth(), fitted));
            }
        };
        rows.addListener((ListChangeListener<R>) change -> {
            // Rows added are measured alone (a streamed list grows page by page); a removal measures all again.
            int before = longest[0];
            boolean removed = false;
            while (change.next()) {
                removed |= change.wasRemoved();
                for (R row : change.getAddedSubList()) {
                    longest[0] = Math.max(longest[0], lengthOf(value.apply(row)));
                }
            }
            if (removed) {
                longest[0] = rows.stream().mapToInt(row -> lengthOf(value.apply(row))).max().orElse(0);
            }
            if (longest[0] != before) {
                fit.run();
            }
        });
        rows.forEach(row -> longest[0] = Math.max(longest[0], lengthOf(value.apply(row))));
        // An unmodifiable view of a list holds its listeners weakly: the column keeps the view alive.
        column.getProperties().put(ListTables.class.getName() + ".fitRows", rows);
        fit.run();
    }

    private static int lengthOf(String text) {
        return text == null ? 0 : text.length();
    }
}
