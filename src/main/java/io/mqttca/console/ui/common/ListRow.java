package io.mqttca.console.ui.common;

/**
 * One line of a {@link RemoteListModel}: its key (the Sn), which stays the same across refreshes so that the row
 * keeps its identity and the table its selection, what runs on it, and whether a filter matches it.
 */
public interface ListRow {

    String key();

    RowActivity activity();

    /**
     * True when the filter text (already stripped and lower-cased) matches the row. Called for every row on every
     * keystroke: compare against text kept on the row, allocate nothing.
     */
    boolean matches(String lowerCaseFilter);

    default boolean isBusy() {
        return activity().isBusy();
    }
}
