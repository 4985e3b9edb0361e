package io.mqttca.console.app;

import io.mqttca.console.ui.certificates.CertificateListView;
import io.mqttca.console.ui.certificates.CertificateListViewModel;
import io.mqttca.console.ui.common.CollapsibleSplit;
import io.mqttca.console.ui.common.CommandId;
import io.mqttca.console.ui.common.FxmlViews;
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
    private final ScreenContext screens;
    private CollapsibleSplit split;
    private Runnable openDevices = () -> { };

    CaCertificatesScreen(ScreenContext screens, Function<String, List<Map.Entry<String, String>>> certificateFields) {
        this.screens = screens;
        certificates = new CertificateListViewModel(screens.ui());
        details = new CertificateDetailsViewModel(screens.ui(), certificateFields);
        tableView = new CertificateListView(certificates, screens.ui());
        detailsView = new CertificateDetailsView(details, screens.ui());
        tableView.setOnOpenDetails(this::showDetails);
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
            CommandId.SHOW_DETAILS, new UiCommand(this::showDetails, certificates.hasSelectionProperty()),
            CommandId.TOGGLE_DETAILS, new UiCommand(this::toggleDetails, certificates.targetProperty().isNotNull()),
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
        if (split == null) {
            return Double.NaN;
        }
        return sidebarDivider + (1 - split.detailsShare()) * (1 - sidebarDivider);
    }

    /** Ctrl+I: brings the details pane back if the operator hid it, and moves the focus there. */
    private void showDetails() {
        split.wantedProperty().set(true);
        detailsView.focus();
    }

    private void toggleDetails() {
        split.toggle();
        if (!split.isShowing()) {
            tableView.focusTable();
        }
    }

    private Parent view() {
        FxmlViews views = new FxmlViews(screens.ui().bundle(), Map.of(
            CertificateListView.class, () -> tableView, CertificateDetailsView.class, () -> detailsView));
        Parent table = views.load(CertificateListView.class, "CertificateList.fxml");
        Parent detailsPane = views.load(CertificateDetailsView.class, "CertificateDetails.fxml");
        detailsPane.setId("detailsPane");
        double left = screens.settings().leftDivider();
        double detailsShare = (1 - screens.settings().rightDivider()) / (1 - left);
        split = new CollapsibleSplit(table, detailsPane, certificates.currentCertificateProperty().isNotNull(),
            detailsShare);
        return split.node();
    }
}
