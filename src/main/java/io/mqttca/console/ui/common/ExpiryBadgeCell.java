package io.mqttca.console.ui.common;

import io.mqttca.console.service.Expiry;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/**
 * The expiry badge of a row (valid, expires in N days, expired). Like {@link StatusBadgeCell}, the badge stays
 * attached and is hidden on empty rows.
 *
 * @param <R> the row
 */
public final class ExpiryBadgeCell<R> extends TableCell<R, Expiry> {

    private final UiContext context;
    private final Label badge = Badges.newBadge();

    public ExpiryBadgeCell(UiContext context) {
        this.context = context;
        badge.setVisible(false);
        setGraphic(badge);
    }

    @Override
    protected void updateItem(Expiry item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        boolean blank = empty || item == null;
        if (!blank) {
            Badges.showExpiry(badge, item, context);
        }
        badge.setVisible(!blank);
    }
}
