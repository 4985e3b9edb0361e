package io.mqttca.console.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/**
 * The status badge of a row, or a spinner with what runs on it. The badge stays attached and is hidden on empty
 * rows: a graphic taken out of the scene graph and put back is restyled from scratch, and every filter keystroke
 * empties and refills the visible rows.
 *
 * @param <R> the row
 */
public final class StatusBadgeCell<R> extends TableCell<R, RowStatus> {

    private final UiContext context;
    private final Label badge = Badges.newBadge();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label activity = new Label();
    private final HBox busyBox = new HBox(6, spinner, activity);

    public StatusBadgeCell(UiContext context) {
        this.context = context;
        spinner.getStyleClass().add("small-spinner");
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        busyBox.getStyleClass().add("row-busy");
        busyBox.setAlignment(Pos.CENTER_LEFT);
        badge.setVisible(false);
        setGraphic(badge);
    }

    @Override
    protected void updateItem(RowStatus item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        boolean blank = empty || item == null;
        if (!blank && item.busy()) {
            activity.setText(item.activity());
            setGraphic(busyBox);
            return;
        }
        if (!blank) {
            Badges.showStatus(badge, item.status(), context);
        }
        badge.setVisible(!blank);
        setGraphic(badge);
    }
}
