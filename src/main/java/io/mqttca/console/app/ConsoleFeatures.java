package io.mqttca.console.app;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.service.ProfileStore;
import io.mqttca.console.ui.activity.ActivityView;
import io.mqttca.console.ui.activity.ActivityViewModel;
import io.mqttca.console.ui.certificates.CertificateListView;
import io.mqttca.console.ui.certificates.CertificateListViewModel;
import io.mqttca.console.ui.certificates.FxBulkRunPresenter;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.details.CertificateDetailsView;
import io.mqttca.console.ui.details.CertificateDetailsViewModel;
import io.mqttca.console.ui.importing.ImportViewModel;
import io.mqttca.console.ui.importing.ImportWindow;
import io.mqttca.console.ui.profiles.FxProfileEditorPresenter;
import io.mqttca.console.ui.profiles.ProfilesView;
import io.mqttca.console.ui.profiles.ProfilesViewModel;
import io.mqttca.console.ui.register.RegisterWizard;
import io.mqttca.console.ui.register.RegisterWizardViewModel;
import java.util.Map;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The window's features, built once: each feature's view model and view, and the few links between features that
 * only the composition root may make (the selected instance goes to the table and the import view; a registration
 * refreshes the table; the focused row goes to the details pane). Features never see each other.
 */
final class ConsoleFeatures {

    final ProfilesViewModel profiles;
    final CertificateListViewModel certificates;
    final CertificateDetailsViewModel details;
    final ActivityViewModel activity;
    final ImportViewModel imports;
    final ImportWindow importWindow;
    final RegisterWizardViewModel registration;
    final RegisterWizard registerWizard;
    final ProfilesView profilesView;
    final CertificateListView certificateView;
    final CertificateDetailsView detailsView;
    final ActivityView activityView;

    ConsoleFeatures(UiContext context, ConsoleEnvironment environment, FxmlViews dialogViews, Supplier<Window> owner) {
        profiles = new ProfilesViewModel(context, new ProfileStore(environment.dataDirectory().profilesFile()),
            environment.connector(), new FxProfileEditorPresenter(dialogViews, owner));
        certificates = new CertificateListViewModel(context, new FxBulkRunPresenter(dialogViews, owner));
        details = new CertificateDetailsViewModel(context, environment.certificateFields());
        activity = new ActivityViewModel(context, environment.journal());
        imports = new ImportViewModel(context);
        importWindow = new ImportWindow(dialogViews, imports, context, owner);
        registration = new RegisterWizardViewModel(context);
        registerWizard = new RegisterWizard(dialogViews, registration, context, owner);

        profilesView = new ProfilesView(profiles);
        certificateView = new CertificateListView(certificates, context);
        detailsView = new CertificateDetailsView(details, context);
        activityView = new ActivityView(activity);
        certificateView.setOnOpenDetails(detailsView::focus);
        wire();
    }

    /** The controllers the window's FXML files name, for the one FXML loader. */
    Map<Class<?>, Supplier<Object>> controllers() {
        return Map.of(
            ProfilesView.class, () -> profilesView,
            CertificateListView.class, () -> certificateView,
            CertificateDetailsView.class, () -> detailsView,
            ActivityView.class, () -> activityView);
    }

    /** Opens the Register wizard on the selected instance, with {@code ca} already chosen when not null. */
    void openRegisterWizard(CertificateDetails ca) {
        registerWizard.open(certificates.targetProperty().get(), ca);
    }

    private void wire() {
        profiles.targetProperty().addListener((observable, before, target) -> {
            certificates.showInstance(target);
            imports.showInstance(target);
        });
        imports.setOnRegister(this::openRegisterWizard);
        imports.setOnChanged(certificates::refresh);
        registration.setOnRegistered(() -> {
            certificates.refresh();
            imports.refreshMatches();
        });
        certificates.currentCertificateProperty().addListener((observable, before, certificate) ->
            details.show(certificates.targetProperty().get(), certificate));
    }
}
