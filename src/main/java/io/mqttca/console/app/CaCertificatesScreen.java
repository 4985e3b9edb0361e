package io.mqttca.console.app;

import io.mqttca.console.ui.certificates.CertificateListView;
import io.mqttca.console.ui.certificates.CertificateListViewModel;
import io.mqttca.console.ui.common.CommandId;
import io.mqttca.console.ui.common.Screen;
import io.mqttca.console.ui.common.ScreenId;
import io.mqttca.console.ui.common.UiCommand;
import io.mqttca.console.ui.details.CertificateDetailsView;
import io.mqttca.console.ui.details.CertificateDetailsViewModel;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Parent;

/**
 * The CA certificates screen: the table of the selected instance's CAs beside the details of the one in focus, the
 * commands it offers while it shows, and its registration. Everything particular to this screen is built here, so
 * the shell and the other screens know nothing of it.
 */
final class CaCertificatesScreen {

    /** A failed refresh is tried again after these, while the table shows the rows of the load before. */
    private static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(20),
        Duration.ofSeconds(60));

    final CertificateListViewModel certificates;
    final CertificateDetailsViewModel details;
    private final CertificateListView tableView;
    private final CertificateDetailsView detailsView;
    private final TableWithDetails layout;
    private Runnable openDevices = () -> { };

    CaCertificatesScreen(ScreenContext screens, Function<String, List<Map.Entry<String, String>>> certificateFields) {
        certificates = new CertificateListViewModel(screens.ui());
        details = new CertificateDetailsViewModel(screens.ui(), certificateFields);
        tableView = new CertificateListView(certificates, screens.ui());
        detailsView = new CertificateDetailsView(details, screens.ui());
        layout = new TableWithDetails(screens, tableView::focusTable, detailsView::focus);
        tableView.setOnOpenDetails(layout::showDetails);
        tableView.setOnOpenDevices(() -> openDevices.run());
        certificates.list().retryFailedRefreshes(RETRY_DELAYS);
        screens.target().addListener((observable, before, target) -> certificates.showInstance(target));
        certificates.currentCertificateProperty().addListener((observable, before, certificate) ->
            details.show(certificates.targetProperty().get(), certificate));
    }

    Screen screen() {
        Map<CommandId, UiCommand> commands = new EnumMap<>(Map.of(
            CommandId.FIND, new UiCommand(tableView::focusFilter, certificates.targetProperty().isNotNull()),
            CommandId.REFRESH, new UiCommand(certificates::refresh, certificates.targetProperty().isNotNull()),
            CommandId.ACTIVATE, new UiCommand(certificates::activateSelected, certificates.canActivateProperty()),
            CommandId.DEACTIVATE, new UiCommand(certificates::deactivateSelected,
                certificates.canDeactivateProperty()),
            CommandId.DELETE, new UiCommand(certificates::deleteSelected, certificates.canDeleteProperty()),
            CommandId.SHOW_DETAILS, new UiCommand(layout::showDetails, certificates.hasSelectionProperty()),
            CommandId.TOGGLE_DETAILS, new UiCommand(layout::toggleDetails, certificates.targetProperty().isNotNull()),
            CommandId.COPY_SN, new UiCommand(certificates::copySelectedSns, certificates.hasSelectionProperty()),
            CommandId.COPY_PEM, new UiCommand(details::copyPem, details.hasPemProperty()),
            CommandId.SAVE_PEM, new UiCommand(details::savePem, details.hasPemProperty())));
        commands.put(CommandId.SHOW_DEVICES, new UiCommand(() -> openDevices.run(),
            certificates.currentRowProperty().isNotNull()));
        return new Screen(ScreenId.CA_CERTIFICATES, certificates.titleProperty(), this::view, commands);
    }

    /** What opening the device certificates of the focused CA does (Enter, double click, menu, toolbar). */
    void setOnOpenDevices(Runnable action) {
        openDevices = action;
    }

    /** Where the split between table and details stands, as a fraction of the window (the settings' form). */
    double dividerInWindow(double sidebarDivider) {
        return layout.dividerInWindow(sidebarDivider);
    }

    private Parent view() {
        return layout.build(Map.of(CertificateListView.class, () -> tableView, CertificateDetailsView.class,
            () -> detailsView), CertificateListView.class, "CertificateList.fxml", CertificateDetailsView.class,
            "detailsPane", certificates.currentCertificateProperty().isNotNull());
    }
}
