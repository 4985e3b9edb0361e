package io.mqttca.console.app;

import io.mqttca.console.ui.certificates.CertificateListView;
import io.mqttca.console.ui.certificates.CertificateListViewModel;
import io.mqttca.console.ui.common.CommandId;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.Screen;
import io.mqttca.console.ui.common.ScreenId;
import io.mqttca.console.ui.common.UiCommand;
import io.mqttca.console.ui.details.CertificateDetailsView;
import io.mqttca.console.ui.details.CertificateDetailsViewModel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;

/**
 * The CA certificates screen: the table of the selected instance's CAs beside the details of the one in focus, the
 * commands it offers while it shows, and its registration. Everything particular to this screen is built here, so
 * the shell and the other screens know nothing of it.
 */
final class CaCertificatesScreen {

    final CertificateListViewModel certificates;
    final CertificateDetailsViewModel details;
    private final CertificateListView tableView;
    private final CertificateDetailsView detailsView;
    private final ScreenContext screens;
    private SplitPane split;

    CaCertificatesScreen(ScreenContext screens, Function<String, List<Map.Entry<String, String>>> certificateFields) {
        this.screens = screens;
        certificates = new CertificateListViewModel(screens.ui());
        details = new CertificateDetailsViewModel(screens.ui(), certificateFields);
        tableView = new CertificateListView(certificates, screens.ui());
        detailsView = new CertificateDetailsView(details, screens.ui());
        tableView.setOnOpenDetails(detailsView::focus);
        screens.target().addListener((observable, before, target) -> certificates.showInstance(target));
        certificates.currentCertificateProperty().addListener((observable, before, certificate) ->
            details.show(certificates.targetProperty().get(), certificate));
    }

    Screen screen() {
        return new Screen(ScreenId.CA_CERTIFICATES, certificates.titleProperty(), this::view, Map.of(
            CommandId.FIND, new UiCommand(tableView::focusFilter, certificates.targetProperty().isNotNull()),
            CommandId.REFRESH, new UiCommand(certificates::refresh, certificates.targetProperty().isNotNull()),
            CommandId.ACTIVATE, new UiCommand(certificates::activateSelected, certificates.canActivateProperty()),
            CommandId.DEACTIVATE, new UiCommand(certificates::deactivateSelected,
                certificates.canDeactivateProperty()),
            CommandId.DELETE, new UiCommand(certificates::deleteSelected, certificates.canDeleteProperty()),
            CommandId.SHOW_DETAILS, new UiCommand(detailsView::focus, certificates.hasSelectionProperty()),
            CommandId.COPY_SN, new UiCommand(certificates::copySelectedSns, certificates.hasSelectionProperty()),
            CommandId.COPY_PEM, new UiCommand(details::copyPem, details.hasPemProperty()),
            CommandId.SAVE_PEM, new UiCommand(details::savePem, details.hasPemProperty())));
    }

    /** Where the split between table and details stands, as a fraction of the window (the settings' form). */
    double dividerInWindow(double sidebarDivider) {
        if (split == null || split.getDividerPositions().length == 0) {
            return Double.NaN;
        }
        return sidebarDivider + split.getDividerPositions()[0] * (1 - sidebarDivider);
    }

    private Parent view() {
        FxmlViews views = new FxmlViews(screens.ui().bundle(), Map.of(
            CertificateListView.class, () -> tableView, CertificateDetailsView.class, () -> detailsView));
        Parent table = views.load(CertificateListView.class, "CertificateList.fxml");
        Parent detailsPane = views.load(CertificateDetailsView.class, "CertificateDetails.fxml");
        SplitPane.setResizableWithParent(detailsPane, false);
        split = new SplitPane(table, detailsPane);
        split.getStyleClass().add("screen-split");
        double left = screens.settings().leftDivider();
        split.setDividerPositions((screens.settings().rightDivider() - left) / (1 - left));
        return split;
    }
}
