package io.mqttca.console.app;

import io.mqttca.console.ui.common.CommandId;
import io.mqttca.console.ui.common.Commands;
import io.mqttca.console.ui.common.UiCommand;

/**
 * The window's screens and its global commands. A new screen is one class like {@link CaCertificatesScreen} and one
 * {@code navigator.register(...)} line here; the shell needs no change.
 */
final class ConsoleScreens {

    final CaCertificatesScreen caCertificates;
    final DeviceCertificatesScreen deviceCertificates;

    ConsoleScreens(ScreenContext screens, ConsoleFeatures features, ConsoleEnvironment environment) {
        caCertificates = new CaCertificatesScreen(screens, environment.certificateFields());
        deviceCertificates = new DeviceCertificatesScreen(screens, environment.certificateFields(),
            new DeviceChainChecks(screens.ui()));
        screens.navigator().register(caCertificates.screen());
        screens.navigator().register(deviceCertificates.screen());
        caCertificates.setOnOpenDevices(this::openDevicesOfCurrentCa);
        linkChangesToTheTable(features);
    }

    /** The device certificates of the CA in focus in the CA table. */
    private void openDevicesOfCurrentCa() {
        var certificates = caCertificates.certificates;
        var row = certificates.currentRowProperty().get();
        if (row != null && certificates.targetProperty().get() != null) {
            deviceCertificates.open(certificates.targetProperty().get(), row.certificate(), knownCas());
        }
    }

    /** The device certificates of the listed CA with this Sn. */
    void openDevicesOf(String caSn) {
        var certificates = caCertificates.certificates;
        certificates.list().row(caSn).ifPresent(row -> deviceCertificates.open(certificates.targetProperty().get(),
            row.certificate(), knownCas()));
    }

    /** Every device certificate of the selected instance. */
    void openAllDevices() {
        var target = caCertificates.certificates.targetProperty().get();
        if (target != null) {
            deviceCertificates.openWholeInstance(target, knownCas());
        }
    }

    private java.util.List<io.mqttca.console.service.CaCertificate> knownCas() {
        return caCertificates.certificates.list().rows().stream().map(row -> row.certificate()).toList();
    }

    /** The window closed or was rebuilt: loads in flight stop, later answers go nowhere. */
    void close() {
        caCertificates.certificates.close();
        deviceCertificates.close();
    }

    /** The commands that are the same on every screen. */
    static void registerGlobalCommands(Commands commands, ConsoleFeatures features) {
        var profiles = features.profiles;
        commands.register(CommandId.NEW_PROFILE, UiCommand.always(profiles::newProfile));
        commands.register(CommandId.EDIT_PROFILE, new UiCommand(profiles::editSelectedProfile,
            profiles.canEditProperty()));
        commands.register(CommandId.IMPORT, UiCommand.always(features.importWindow::chooseFiles));
        commands.register(CommandId.REGISTER, new UiCommand(() -> features.openRegisterWizard(null),
            profiles.targetProperty().isNotNull()));
    }

    /** A change made in the import view or the Register wizard shows in the CA table at once. */
    private void linkChangesToTheTable(ConsoleFeatures features) {
        features.imports.setOnChanged(caCertificates.certificates::refresh);
        features.registration.setOnRegistered(() -> {
            caCertificates.certificates.refresh();
            features.imports.refreshMatches();
        });
    }
}
