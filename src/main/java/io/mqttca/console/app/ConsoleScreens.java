package io.mqttca.console.app;

import io.mqttca.console.service.ConsoleSettings;
import io.mqttca.console.ui.certificates.CertificateListView;
import io.mqttca.console.ui.common.CommandId;
import io.mqttca.console.ui.common.Commands;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.Navigator;
import io.mqttca.console.ui.common.Screen;
import io.mqttca.console.ui.common.ScreenId;
import io.mqttca.console.ui.common.UiCommand;
import io.mqttca.console.ui.details.CertificateDetailsView;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;

/**
 * The window's screens and global commands, registered once: adding a screen is one {@link Screen} here (its id,
 * title, view and the commands it offers) and nothing in the shell.
 */
final class ConsoleScreens {

    private final ConsoleFeatures features;
    private final FxmlViews views;
    private SplitPane caSplit;

    ConsoleScreens(ConsoleFeatures features, FxmlViews views) {
        this.features = features;
        this.views = views;
    }

    /** The commands that are the same on every screen. */
    void registerGlobalCommands(Commands commands) {
        var profiles = features.profiles;
        commands.register(CommandId.NEW_PROFILE, UiCommand.always(profiles::newProfile));
        commands.register(CommandId.EDIT_PROFILE, new UiCommand(profiles::editSelectedProfile,
            profiles.canEditProperty()));
        commands.register(CommandId.IMPORT, UiCommand.always(features.importWindow::chooseFiles));
        commands.register(CommandId.REGISTER, new UiCommand(() -> features.openRegisterWizard(null),
            features.certificates.targetProperty().isNotNull()));
    }

    /** Registers every screen; the CA certificates come first. */
    void registerScreens(Navigator navigator, ConsoleSettings settings) {
        navigator.register(caCertificates(settings));
    }

    /** The CA screen's split between table and details, as a fraction of the whole window (the settings' form). */
    double caDividerInWindow(double sidebarDivider) {
        if (caSplit == null || caSplit.getDividerPositions().length == 0) {
            return Double.NaN;
        }
        return sidebarDivider + caSplit.getDividerPositions()[0] * (1 - sidebarDivider);
    }

    private Screen caCertificates(ConsoleSettings settings) {
        var certificates = features.certificates;
        var details = features.details;
        CertificateListView table = features.certificateView;
        Map<CommandId, UiCommand> commands = Map.of(
            CommandId.FIND, new UiCommand(table::focusFilter, certificates.targetProperty().isNotNull()),
            CommandId.REFRESH, new UiCommand(certificates::refresh, certificates.targetProperty().isNotNull()),
            CommandId.ACTIVATE, new UiCommand(certificates::activateSelected, certificates.canActivateProperty()),
            CommandId.DEACTIVATE, new UiCommand(certificates::deactivateSelected,
                certificates.canDeactivateProperty()),
            CommandId.DELETE, new UiCommand(certificates::deleteSelected, certificates.canDeleteProperty()),
            CommandId.SHOW_DETAILS, new UiCommand(features.detailsView::focus, certificates.hasSelectionProperty()),
            CommandId.COPY_SN, new UiCommand(certificates::copySelectedSns, certificates.hasSelectionProperty()),
            CommandId.COPY_PEM, new UiCommand(details::copyPem, details.hasPemProperty()),
            CommandId.SAVE_PEM, new UiCommand(details::savePem, details.hasPemProperty()));
        return new Screen(ScreenId.CA_CERTIFICATES, certificates.titleProperty(), () -> caView(settings), commands);
    }

    /** The CA table with the details of the focused certificate beside it. */
    private Parent caView(ConsoleSettings settings) {
        Parent table = views.load(CertificateListView.class, "CertificateList.fxml");
        Parent details = views.load(CertificateDetailsView.class, "CertificateDetails.fxml");
        SplitPane.setResizableWithParent(details, false);
        caSplit = new SplitPane(table, details);
        caSplit.getStyleClass().add("screen-split");
        double left = settings.leftDivider();
        caSplit.setDividerPositions((settings.rightDivider() - left) / (1 - left));
        return caSplit;
    }
}
