package io.mqttca.console.ui.common;

import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.Expiry;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;

/**
 * Sets up the columns every certificate table has, for any row type: the row gives each value as an observable,
 * and the column gets the matching kit cell and comparator.
 */
public final class TableColumns {

    private TableColumns() {
    }

    /** A value read from {@code source} with {@code getter}, updated when {@code source} changes. */
    public static <S, V> ObservableValue<V> map(ObservableValue<S> source, Function<S, V> getter) {
        return Bindings.createObjectBinding(() -> getter.apply(source.getValue()), source);
    }

    /** A text column whose cells carry {@code styleClass} (null: none) and show the whole text as a tooltip. */
    public static <R> void text(TableColumn<R, String> column, Function<R, ObservableValue<String>> value,
                                String styleClass) {
        column.setCellValueFactory(data -> value.apply(data.getValue()));
        column.setCellFactory(ignored -> new TextCell<>(styleClass));
    }

    /** A date column (time to the second in the tooltip); rows without a date sort last. */
    public static <R> void date(TableColumn<R, Instant> column, Function<R, ObservableValue<Instant>> value,
                                UiContext context) {
        column.setCellValueFactory(data -> value.apply(data.getValue()));
        column.setCellFactory(ignored -> new InstantCell<>(context.clock().getZone()));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** A status badge column that shows a spinner and the row's activity while a change runs on it. */
    public static <R extends ListRow> void status(TableColumn<R, RowStatus> column,
                                                  Function<R, ObservableValue<CertificateStatus>> status,
                                                  UiContext context) {
        column.setCellValueFactory(data -> {
            ObservableValue<CertificateStatus> rowStatus = status.apply(data.getValue());
            ObservableValue<String> activity = data.getValue().activity().textProperty();
            return Bindings.createObjectBinding(() -> new RowStatus(rowStatus.getValue(), activity.getValue()),
                rowStatus, activity);
        });
        column.setCellFactory(ignored -> BadgeCell.status(context));
    }

    /** An expiry badge column, sorted by state and then days left. */
    public static <R> void expiry(TableColumn<R, Expiry> column, Function<R, ObservableValue<Expiry>> value,
                                  UiContext context) {
        column.setCellValueFactory(data -> value.apply(data.getValue()));
        column.setCellFactory(ignored -> BadgeCell.expiry(context));
        column.setComparator(Comparator.comparing(Expiry::state).thenComparingLong(Expiry::daysLeft));
    }
}
