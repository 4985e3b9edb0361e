package io.mqttca.console.ui.common;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/** Wires a table to a remote list's rows and selection, and gives its rows a menu and an open action. */
public final class ListTables {

    private ListTables() {
    }

    /**
     * Shows {@code rows} sorted by the table's columns, with multiple selection; every selection change goes to
     * {@code selectionChanged} (selected rows, focused row), and a row set in {@code rowToSelect} is selected and
     * scrolled to.
     */
    public static <R> void show(TableView<R> table, ObservableList<R> rows, BiConsumer<List<R>, R> selectionChanged,
                                ObservableValue<R> rowToSelect) {
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
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

    /** Rows that are not empty get {@code menu}; a double click or Enter on the selection runs {@code open}. */
    public static <R> void rowActions(TableView<R> table, ContextMenu menu, Runnable open) {
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
            if (event.getCode() == KeyCode.ENTER && !table.getSelectionModel().isEmpty()) {
                event.consume();
                open.run();
            }
        });
    }
}
