package io.mqttca.console.app;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.ui.common.CommandId;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.Screen;
import io.mqttca.console.ui.common.ScreenId;
import io.mqttca.console.ui.common.UiCommand;
import io.mqttca.console.ui.details.CertificateDetailsView;
import io.mqttca.console.ui.details.CertificateDetailsViewModel;
import io.mqttca.console.ui.details.DetailField;
import io.mqttca.console.ui.devices.DeviceListView;
import io.mqttca.console.ui.devices.DeviceListViewModel;
import io.mqttca.console.ui.devices.DeviceRow;
import io.mqttca.console.ui.devices.DeviceScope;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Parent;

/**
 * The device certificates screen: the streamed table of one CA's devices (or the whole instance's) beside the
 * details of the one in focus, with its chain check against the CA; its commands while it shows; and how the CA
 * screen opens it. Back returns to the CA table as it was.
 */
final class DeviceCertificatesScreen {

    final DeviceListViewModel devices;
    final CertificateDetailsViewModel details;
    private final DeviceListView tableView;
    private final CertificateDetailsView detailsView;
    private final ScreenContext screens;
    private final BiFunction<DeviceScope, DeviceRow, Function<String, CompletableFuture<List<DetailField>>>>
        chainCheck;
    private final TableWithDetails layout;

    /**
     * @param chainCheck for a scope and a row, what checks the row's PEM against its CA (fields for the details pane)
     */
    DeviceCertificatesScreen(ScreenContext screens, Function<String, List<Map.Entry<String, String>>> certificateFields,
                             BiFunction<DeviceScope, DeviceRow, Function<String, CompletableFuture<List<DetailField>>>>
                                 chainCheck) {
        this.screens = screens;
        this.chainCheck = chainCheck;
        devices = new DeviceListViewModel(screens.ui());
        details = new CertificateDetailsViewModel(screens.ui(), certificateFields);
        tableView = new DeviceListView(devices, screens.ui());
        detailsView = new CertificateDetailsView(details, screens.ui());
        layout = new TableWithDetails(screens, tableView::focusTable, detailsView::focus);
        tableView.setOnOpenDetails(layout::showDetails);
        devices.currentRowProperty().addListener((observable, before, row) -> showInDetails(row));
        screens.target().addListener((observable, before, target) -> leaveIfElsewhere(target));
    }

    /** Lists the devices of {@code ca} on {@code target} and shows the screen. */
    void open(InstanceTarget target, CaCertificate ca, List<CaCertificate> cas) {
        devices.show(DeviceScope.ofCa(target, ca, bySn(cas)));
        screens.navigator().navigate(ScreenId.DEVICE_CERTIFICATES);
    }

    /** Lists every device of {@code target} and shows the screen. */
    void openWholeInstance(InstanceTarget target, List<CaCertificate> cas) {
        devices.show(DeviceScope.wholeInstance(target, bySn(cas)));
        screens.navigator().navigate(ScreenId.DEVICE_CERTIFICATES);
    }

    private static Map<String, CaCertificate> bySn(List<CaCertificate> cas) {
        Map<String, CaCertificate> bySn = new java.util.HashMap<>();
        cas.forEach(ca -> bySn.putIfAbsent(ca.sn(), ca));
        return bySn;
    }

    /** Another instance was chosen in the sidebar: its devices are not these, so the screen stops and goes back. */
    private void leaveIfElsewhere(InstanceTarget target) {
        DeviceScope scope = devices.scopeProperty().get();
        if (scope != null && scope.target() != target) {
            devices.show(null);
            if (screens.navigator().currentProperty().get() != null
                && screens.navigator().currentProperty().get().id().equals(ScreenId.DEVICE_CERTIFICATES)) {
                screens.navigator().back();
            }
        }
    }

    private void showInDetails(DeviceRow row) {
        DeviceScope scope = devices.scopeProperty().get();
        if (row == null || scope == null) {
            details.showDevice(null, null, null, pem -> CompletableFuture.completedFuture(List.of()));
            return;
        }
        details.showDevice(scope.target(), row.certificate(), screens.ui().format("devices.column.ca.value",
            row.caName(), row.caSn()), chainCheck.apply(scope, row));
    }

    Screen screen() {
        return new Screen(ScreenId.DEVICE_CERTIFICATES, devices.titleProperty(), this::view, Map.of(
            CommandId.FIND, new UiCommand(tableView::focusFilter, devices.scopeProperty().isNotNull()),
            CommandId.REFRESH, new UiCommand(devices::refresh, devices.scopeProperty().isNotNull()),
            CommandId.ACTIVATE, new UiCommand(devices::activateSelected, devices.canActivateProperty()),
            CommandId.DEACTIVATE, new UiCommand(devices::deactivateSelected, devices.canDeactivateProperty()),
            CommandId.DELETE, new UiCommand(devices::deleteSelected, devices.canDeleteProperty()),
            CommandId.SHOW_DETAILS, new UiCommand(layout::showDetails, devices.hasSelectionProperty()),
            CommandId.TOGGLE_DETAILS, new UiCommand(layout::toggleDetails, devices.scopeProperty().isNotNull()),
            CommandId.COPY_SN, new UiCommand(devices::copySelectedSns, devices.hasSelectionProperty()),
            CommandId.COPY_PEM, new UiCommand(details::copyPem, details.hasPemProperty()),
            CommandId.SAVE_PEM, new UiCommand(details::savePem, details.hasPemProperty())));
    }

    /** The window closed or was rebuilt: the load in flight is cancelled. */
    void close() {
        devices.close();
    }

    private Parent view() {
        return layout.build(Map.of(DeviceListView.class, () -> tableView, CertificateDetailsView.class,
            () -> detailsView), DeviceListView.class, "DeviceList.fxml", CertificateDetailsView.class,
            "deviceDetailsPane", devices.currentRowProperty().isNotNull());
    }
}
