package io.mqttca.console.app;

import io.mqttca.console.ui.common.CollapsibleSplit;
import io.mqttca.console.ui.common.FxmlViews;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;

/**
 * The layout the list screens share: a table beside a collapsible details pane, both from their FXML, the split
 * where the settings left it; Ctrl+I brings the pane back and focuses it, Ctrl+Shift+I hides or shows it.
 */
final class TableWithDetails {

    private final ScreenContext screens;
    private final Runnable focusTable;
    private final Runnable focusDetails;
    private CollapsibleSplit split;

    TableWithDetails(ScreenContext screens, Runnable focusTable, Runnable focusDetails) {
        this.screens = screens;
        this.focusTable = focusTable;
        this.focusDetails = focusDetails;
    }

    /**
     * Loads {@code tableFxml} and the details FXML with these controllers; the pane shows while {@code hasContent}.
     */
    Parent build(Map<Class<?>, Supplier<Object>> controllers, Class<?> tableAnchor, String tableFxml,
                 Class<?> detailsAnchor, String detailsPaneId, ObservableBooleanValue hasContent) {
        FxmlViews views = new FxmlViews(screens.ui().bundle(), controllers);
        Parent table = views.load(tableAnchor, tableFxml);
        Parent detailsPane = views.load(detailsAnchor, "CertificateDetails.fxml");
        detailsPane.setId(detailsPaneId);
        double left = screens.settings().leftDivider();
        double detailsShare = (1 - screens.settings().rightDivider()) / (1 - left);
        split = new CollapsibleSplit(table, detailsPane, hasContent, detailsShare);
        return split.node();
    }

    /** Ctrl+I: brings the details pane back if the operator hid it, and moves the focus there. */
    void showDetails() {
        split.wantedProperty().set(true);
        focusDetails.run();
    }

    void toggleDetails() {
        split.toggle();
        if (!split.isShowing()) {
            focusTable.run();
        }
    }

    /** Where the split between table and details stands, as a fraction of the window (the settings' form). */
    double dividerInWindow(double sidebarDivider) {
        if (split == null) {
            return Double.NaN;
        }
        return sidebarDivider + (1 - split.detailsShare()) * (1 - sidebarDivider);
    }
}
