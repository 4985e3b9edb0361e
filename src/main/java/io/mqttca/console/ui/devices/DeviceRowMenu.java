package io.mqttca.console.ui.devices;

import io.mqttca.console.ui.common.UiContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The context menu of a device row: the changes the selection allows, details, copy DeviceSn and refresh.
 *
 * @param viewModel   the table's view model, whose commands the items run
 * @param context     the strings
 * @param openDetails what "Show details" does
 */
record DeviceRowMenu(DeviceListViewModel viewModel, UiContext context, Runnable openDetails) {

    /** One menu, shared by every row of the table. */
    ContextMenu menu() {
        MenuItem activate = item("devices.action.activate", new FontIcon(Material2MZ.PLAY_CIRCLE_OUTLINE),
            viewModel::activateSelected);
        activate.disableProperty().bind(viewModel.canActivateProperty().not());
        MenuItem deactivate = item("devices.action.deactivate", new FontIcon(Material2MZ.PAUSE_CIRCLE_OUTLINE),
            viewModel::deactivateSelected);
        deactivate.disableProperty().bind(viewModel.canDeactivateProperty().not());
        MenuItem delete = item("devices.action.delete", new FontIcon(Material2AL.DELETE), viewModel::deleteSelected);
        delete.disableProperty().bind(viewModel.canDeleteProperty().not());
        MenuItem details = item("certificates.action.details", new FontIcon(Material2AL.INFO), openDetails);
        MenuItem copySn = item("devices.action.copySn", new FontIcon(Material2AL.CONTENT_COPY),
            viewModel::copySelectedSns);
        MenuItem refresh = item("certificates.action.refresh", new FontIcon(Material2MZ.REFRESH), viewModel::refresh);
        return new ContextMenu(activate, deactivate, delete, new SeparatorMenuItem(), details, copySn,
            new SeparatorMenuItem(), refresh);
    }

    private MenuItem item(String key, FontIcon icon, Runnable action) {
        MenuItem item = new MenuItem(context.text(key), icon);
        item.setOnAction(event -> action.run());
        return item;
    }
}
