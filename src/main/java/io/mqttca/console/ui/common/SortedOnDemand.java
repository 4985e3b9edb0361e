package io.mqttca.console.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * Gives a table its rows as they are while no column sorts it, and a SortedList of them while one does. A
 * SortedList over 100,000 rows costs every filter keystroke that changes the rows shown another ~20 ms even when
 * nothing is sorted; and it keeps references to rows removed from it, so one emptied for another CA is made anew.
 * Switching keeps the selection and the focused row.
 */
final class SortedOnDemand<R> {

    private final TableView<R> table;
    private final ObservableList<R> rows;
    private SortedList<R> sorted;
    /** The columns and directions the rows were last sorted by. */
    private List<Object> sortedBy = List.of();

    private SortedOnDemand(TableView<R> table, ObservableList<R> rows) {
        this.table = table;
        this.rows = rows;
    }

    static <R> void attach(TableView<R> table, ObservableList<R> rows) {
        SortedOnDemand<R> onDemand = new SortedOnDemand<>(table, rows);
        table.setItems(rows);
        table.setSortPolicy(ignored -> onDemand.sort());
        rows.addListener((ListChangeListener<R>) change -> onDemand.dropSortedWhenEmpty());
    }

    private boolean sort() {
        Comparator<R> comparator = table.getComparator();
        if (comparator == null) {
            show(rows);
        } else {
            if (sorted == null) {
                sorted = new SortedList<>(rows);
            }
            List<Object> by = new ArrayList<>();
            table.getSortOrder().forEach(column -> {
                by.add(column);
                by.add(column.getSortType());
            });
            if (sorted.getComparator() == comparator && !by.equals(sortedBy)) {
                // The table keeps its comparator object when only a direction changes: sort again by hand.
                sorted.setComparator(null);
            }
            sortedBy = by;
            sorted.setComparator(comparator);
            show(sorted);
        }
        return true;
    }

    private void dropSortedWhenEmpty() {
        if (rows.isEmpty() && sorted != null) {
            boolean showing = table.getItems() == sorted;
            sorted = new SortedList<>(rows, sorted.getComparator());
            if (showing) {
                table.setItems(sorted);
            }
        }
    }

    private void show(ObservableList<R> items) {
        if (table.getItems() == items) {
            return;
        }
        List<R> selected = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        R focused = table.getSelectionModel().getSelectedItem();
        table.setItems(items);
        if (selected.isEmpty()) {
            return;
        }
        Map<R, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i), i);
        }
        table.getSelectionModel().clearSelection();
        selected.stream().filter(row -> row != focused).map(index::get).filter(i -> i != null)
            .forEach(i -> table.getSelectionModel().select(i));
        Integer focusedIndex = focused == null ? null : index.get(focused);
        if (focusedIndex != null) {
            table.getSelectionModel().select(focusedIndex);
            table.getFocusModel().focus(focusedIndex);
            table.scrollTo(focusedIndex);
        }
    }
}
