package io.mqttca.console.ui.certificates;

import io.mqttca.console.ui.common.UiContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The context menu of a CA row: the changes the selection allows, details, copy Sn and refresh.
 *
 * @param viewModel   the table's view model, whose commands the items run
 * @param context     the strings
 * @param openDetails what "Show details" does
 * @param openDevices what "Show device certificates" does
 */
record CaRowMenu(CertificateListViewModel viewModel, UiContext context, Runnable openDetails, Runnable openDevices) {

    /** One menu, shared by every row of the table. */
    ContextMenu menu() {
        MenuItem activate = item("certificates.action.activate", new FontIcon(Material2MZ.PLAY_CIRCLE_OUTLINE),
            viewModel::activateSelected);
        activate.disableProperty().bind(viewModel.canActivateProperty().not());
        MenuItem deactivate = item("certificates.action.deactivate", new FontIcon(Material2MZ.PAUSE_CIRCLE_OUTLINE),
            viewModel::deactivateSelected);
        deactivate.disableProperty().bind(viewModel.canDeactivateProperty().not());
        MenuItem delete = item("certificates.action.delete", new FontIcon(Material2AL.DELETE),
            viewModel::deleteSelected);
        delete.disableProperty().bind(viewModel.canDeleteProperty().not());
        MenuItem devices = item("certificates.action.showDevices", new FontIcon(Material2AL.DEVICES), openDevices);
        MenuItem details = item("certificates.action.details", new FontIcon(Material2AL.INFO), openDetails);
        MenuItem copySn = item("certificates.action.copySn", new FontIcon(Material2AL.CONTENT_COPY),
            viewModel::copySelectedSns);
        MenuItem refresh = item("certificates.action.refresh", new FontIcon(Material2MZ.REFRESH),
            viewModel::refresh);
        return new ContextMenu(activate, deactivate, delete, new SeparatorMenuItem(), devices, details, copySn,
            new SeparatorMenuItem(), refresh);
    }

    private MenuItem item(String key, FontIcon icon, Runnable action) {
        MenuItem item = new MenuItem(context.text(key), icon);
        item.setOnAction(event -> action.run());
        return item;
    }
}
