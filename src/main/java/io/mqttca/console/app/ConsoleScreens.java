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

    ConsoleScreens(ScreenContext screens, ConsoleFeatures features, ConsoleEnvironment environment) {
        caCertificates = new CaCertificatesScreen(screens, environment.certificateFields());
        screens.navigator().register(caCertificates.screen());
        linkChangesToTheTable(features);
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
