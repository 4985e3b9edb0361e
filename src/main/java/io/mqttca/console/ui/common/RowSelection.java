package io.mqttca.console.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;

/**
 * The table's selection over a {@link RemoteListModel}: the selected rows, the one with focus, and a remembered key
 * to select once its row is loaded. Rows that leave the list leave the selection. Listeners hear every change, and
 * every load (the selected rows' values may have changed).
 *
 * @param <R> the row
 */
public final class RowSelection<R extends ListRow> {

    private final RemoteListModel<?, R> list;
    private final List<R> selected = new ArrayList<>();
    private final ReadOnlyObjectWrapper<R> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<R> rowToSelect = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> listeners = new ArrayList<>();
    private String keyToSelect;

    public RowSelection(RemoteListModel<?, R> list) {
        this.list = list;
        list.rows().addListener((ListChangeListener<R>) change -> rowsChanged());
        list.addLoadListener(this::changed);
    }

    /** The table's selection changed: the selected rows and the one with focus (the first when null). */
    public void set(List<R> selectedRows, R focused) {
        selected.clear();
        selected.addAll(selectedRows);
        current.set(focused != null ? focused : selectedRows.isEmpty() ? null : selectedRows.get(0));
        changed();
    }

    /** Selects the row with this key once it is loaded (restoring the last selection). */
    public void selectWhenLoaded(String key) {
        keyToSelect = key;
        selectPendingRow();
    }

    /** The selected rows nothing runs on that satisfy {@code condition}. */
    public List<R> idle(Predicate<R> condition) {
        return selected.stream().filter(row -> !row.isBusy()).filter(condition).collect(Collectors.toList());
    }

    /** The selected rows, in selection order. */
    public List<R> selected() {
        return List.copyOf(selected);
    }

    /** Told of every change of the selection, and when rows left it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Tells the listeners again (what runs on the selected rows changed). */
    public void changed() {
        hasSelection.set(!selected.isEmpty());
        listeners.forEach(Runnable::run);
    }

    private void rowsChanged() {
        boolean removed = selected.removeIf(row -> !list.rows().contains(row));
        if (current.get() != null && list.rows().isEmpty() && keyToSelect == null) {
            // The list was emptied to load again (the target was set anew): select the same row once it is back.
            keyToSelect = current.get().key();
        }
        if (current.get() != null && !list.rows().contains(current.get())) {
            current.set(null);
            removed = true;
        }
        if (removed) {
            changed();
        }
        selectPendingRow();
    }

    private void selectPendingRow() {
        if (keyToSelect == null) {
            return;
        }
        list.row(keyToSelect).ifPresent(row -> {
            keyToSelect = null;
            rowToSelect.set(null);
            rowToSelect.set(row);
        });
    }

    /** The row with focus. */
    public ReadOnlyObjectProperty<R> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** A row the table should select and show (set when a remembered key is loaded). */
    public ReadOnlyObjectProperty<R> rowToSelectProperty() {
        return rowToSelect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }
}
