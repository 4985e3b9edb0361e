package io.mqttca.console.ui.common;

import io.mqttca.console.service.Expiry;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/**
 * A table cell showing its value as a badge: the status of a row ({@link #status}), or a spinner with what runs
 * on it, and the expiry marker ({@link #expiry}). The badge stays attached and is hidden on empty rows: a graphic
 * taken out of the scene graph and put back is restyled from scratch, and every filter keystroke empties and
 * refills the visible rows.
 *
 * @param <R> the row
 * @param <V> the value shown
 */
public final class BadgeCell<R, V> extends TableCell<R, V> {

    /** Fills the badge for a value (text, icon, style), reusing the label. */
    @FunctionalInterface
    public interface Fill<V> {
        void show(Label badge, V value);
    }

    private final Fill<V> fill;
    private final Function<V, String> runningOf;
    private final Label badge = Badges.newBadge();
    private final Label activity = new Label();
    /** The spinner and activity text shown instead of the badge while a change runs; null for expiry cells. */
    private final HBox busyBox;

    /** {@code runningOf} gives what runs on the row, or null when nothing does; null: the value is never busy. */
    public BadgeCell(Fill<V> fill, Function<V, String> runningOf) {
        this.fill = fill;
        this.runningOf = runningOf;
        busyBox = runningOf == null ? null : busyBox(activity);
        badge.setVisible(false);
        setGraphic(badge);
    }

    private static HBox busyBox(Label activity) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("small-spinner");
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        HBox box = new HBox(6, spinner, activity);
        box.getStyleClass().add("row-busy");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A status badge cell that shows a spinner and the row's activity while a change runs on it. */
    public static <R> BadgeCell<R, RowStatus> status(UiContext context) {
        return new BadgeCell<>((badge, value) -> Badges.showStatus(badge, value.status(), context),
            value -> value.busy() ? value.activity() : null);
    }

    /** An expiry badge cell (valid, expires in N days, expired). */
    public static <R> BadgeCell<R, Expiry> expiry(UiContext context) {
        return new BadgeCell<>((badge, value) -> Badges.showExpiry(badge, value, context), null);
    }

    @Override
    protected void updateItem(V item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        boolean blank = empty || item == null;
        String running = blank || runningOf == null ? null : runningOf.apply(item);
        if (running != null) {
            activity.setText(running);
            setGraphic(busyBox);
            return;
        }
        if (!blank) {
            fill.show(badge, item);
        }
        badge.setVisible(!blank);
        setGraphic(badge);
    }
}
