package io.mqttca.console.ui.common;

/**
 * How a {@link RemoteListModel} turns the items a service lists into rows: the key an item is merged by, a new
 * row for a new key, and the update of a row whose item was listed again.
 *
 * @param <T> the listed item
 * @param <R> the row
 */
public interface RowFactory<T, R extends ListRow> {

    String keyOf(T item);

    R create(T item);

    void update(R row, T item);
}
