package io.mqttca.console.app;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.service.ConnectionRegistry;
import io.mqttca.console.service.ProfileStore;
import io.mqttca.console.ui.activity.ActivityView;
import io.mqttca.console.ui.activity.ActivityViewModel;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.importing.ImportViewModel;
import io.mqttca.console.ui.importing.ImportDialog;
import io.mqttca.console.ui.profiles.ProfilesView;
import io.mqttca.console.ui.profiles.ProfilesViewModel;
import io.mqttca.console.ui.register.RegisterWizardDialog;
import io.mqttca.console.ui.register.RegisterWizardViewModel;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the window holds besides its screens: the connections sidebar (whose selected instance every screen works
 * on), the activity panel, the import window and the Register wizard.
 */
final class ConsoleFeatures {

    /** The open connections of the window's session, or null when this build has no connector. */
    final ConnectionRegistry connections;
    final ProfilesViewModel profiles;
    final ActivityViewModel activity;
    final ImportViewModel imports;
    final ImportDialog importWindow;
    final ImportDetailsWindow importDetails;
    final RegisterWizardViewModel registration;
    final RegisterWizardDialog registerWizard;
    final ProfilesView profilesView;
    final ActivityView activityView;

    ConsoleFeatures(UiContext context, ConsoleEnvironment environment, ConnectionRegistry connections) {
        this.connections = connections;
        profiles = new ProfilesViewModel(context, new ProfileStore(environment.dataDirectory().profilesFile()),
            connections);
        activity = new ActivityViewModel(context, environment.journal());
        imports = new ImportViewModel(context);
        importWindow = new ImportDialog(imports, context);
        importDetails = new ImportDetailsWindow(context, imports, environment.certificateFields());
        registration = new RegisterWizardViewModel(context);
        registerWizard = new RegisterWizardDialog(registration, context);
        profilesView = new ProfilesView(profiles);
        activityView = new ActivityView(activity);
        profiles.targetProperty().addListener((observable, before, target) -> {
            imports.showInstance(target);
            activity.showInstance(target);
        });
        imports.setOnRegister(this::openRegisterWizard);
        imports.setOnOpenDetails(importDetails::open);
    }

    /** The controllers of the sidebar's and the activity panel's FXML files. */
    Map<Class<?>, Supplier<Object>> controllers() {
        return Map.of(ProfilesView.class, () -> profilesView, ActivityView.class, () -> activityView);
    }

    /** Lets go of what outlives this window's parts (the journal's listener); the connections stay open. */
    void close() {
        activity.close();
    }

    /** Opens the Register wizard on the selected instance, with {@code ca} already chosen when not null. */
    void openRegisterWizard(CertificateDetails ca) {
        registerWizard.open(profiles.targetProperty().get(), ca);
    }
}
