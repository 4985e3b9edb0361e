package io.mqttca.console.app;

import io.mqttca.console.service.ConsoleSettings;
import io.mqttca.console.service.ProfileStore;
import io.mqttca.console.service.SettingsStore;
import io.mqttca.console.ui.activity.ActivityView;
import io.mqttca.console.ui.activity.ActivityViewModel;
import io.mqttca.console.ui.certificates.CertificateListView;
import io.mqttca.console.ui.certificates.CertificateListViewModel;
import io.mqttca.console.ui.certificates.CertificateRow;
import io.mqttca.console.ui.common.FxClipboard;
import io.mqttca.console.ui.common.FxDialogService;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.Theme;
import io.mqttca.console.ui.common.UiCommand;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.details.CertificateDetailsView;
import io.mqttca.console.ui.details.CertificateDetailsViewModel;
import io.mqttca.console.ui.importing.ImportView;
import io.mqttca.console.ui.importing.ImportViewModel;
import io.mqttca.console.ui.importing.ImportWindow;
import io.mqttca.console.ui.profiles.FxProfileEditorPresenter;
import io.mqttca.console.ui.profiles.ProfilesView;
import io.mqttca.console.ui.profiles.ProfilesViewModel;
import io.mqttca.console.ui.register.RegisterWizard;
import io.mqttca.console.ui.register.RegisterWizardViewModel;
import io.mqttca.console.ui.shell.MainWindowView;
import io.mqttca.console.ui.shell.MainWindowViewModel;
import io.mqttca.console.ui.shell.ShellCommands;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The composition root of the main window: builds the stores, the UI context, every view model and view, wires
 * them together (profiles → table → details, menu commands, settings), restores the window's size, position and
 * last selection, and saves them when the window closes.
 */
public final class ConsoleWindow {

    private final Stage stage;
    private final ConsoleEnvironment environment;
    private final SettingsStore settingsStore;
    private final ConsoleSettings initialSettings;
    private final BackgroundExecutor background;
    private final UiContext context;
    private final ProfilesViewModel profiles;
    private final CertificateListViewModel certificates;
    private final CertificateDetailsViewModel details;
    private final ActivityViewModel activity;
    private final ImportViewModel imports;
    private final ImportWindow importWindow;
    private final RegisterWizardViewModel registration;
    private final RegisterWizard registerWizard;
    private final MainWindowViewModel main;
    private final MainWindowView mainView;
    private boolean closed;

    private ConsoleWindow(Stage stage, ConsoleEnvironment environment) {
        this.stage = stage;
        this.environment = environment;
        this.settingsStore = new SettingsStore(environment.dataDirectory().settingsFile());
        this.initialSettings = settingsStore.load();
        this.background = new BackgroundExecutor();
        if (initialSettings.language() != null) {
            // The operator's choice also governs JavaFX's own words (dialog buttons, "Show Details").
            Locale.setDefault(Messages.locale(initialSettings.language()));
        }
        ResourceBundle bundle = Messages.bundle(Messages.locale(initialSettings.language()));
        Theme.useFontFor(bundle.getLocale());
        FxClipboard clipboard = new FxClipboard();
        Supplier<javafx.stage.Window> owner = () -> stage;
        FxmlViews dialogViews = new FxmlViews(bundle, Map.of());
        FxDialogService dialogs = new FxDialogService(owner, dialogViews, clipboard);
        this.context = new UiContext(bundle, Platform::runLater, background, dialogs, clipboard,
            new StatusModel(), environment.clock());

        this.profiles = new ProfilesViewModel(context,
            new ProfileStore(environment.dataDirectory().profilesFile()), environment.connector(),
            new FxProfileEditorPresenter(dialogViews, owner));
        this.certificates = new CertificateListViewModel(context);
        this.details = new CertificateDetailsViewModel(context, environment.certificateFields());
        this.activity = new ActivityViewModel(context, environment.journal());
        this.imports = new ImportViewModel(context);
        this.importWindow = new ImportWindow(dialogViews, imports, context, owner);
        this.registration = new RegisterWizardViewModel(context);
        this.registerWizard = new RegisterWizard(dialogViews, registration, context, owner);

        ProfilesView profilesView = new ProfilesView(profiles);
        CertificateListView certificateView = new CertificateListView(certificates, context);
        CertificateDetailsView detailsView = new CertificateDetailsView(details, context);
        ActivityView activityView = new ActivityView(activity);
        certificateView.setOnOpenDetails(detailsView::focus);

        this.main = new MainWindowViewModel(context, initialSettings,
            commands(certificateView, detailsView), AppVersion.current());
        this.mainView = new MainWindowView(main);
        Map<Class<?>, Supplier<Object>> controllers = Map.of(
            MainWindowView.class, () -> mainView,
            ProfilesView.class, () -> profilesView,
            CertificateListView.class, () -> certificateView,
            CertificateDetailsView.class, () -> detailsView,
            ActivityView.class, () -> activityView);
        Parent root = new FxmlViews(bundle, controllers).load(MainWindowView.class, "MainWindow.fxml");

        wire();
        Theme.apply(initialSettings.darkTheme());
        Scene scene = new Scene(root, initialSettings.windowWidth(), initialSettings.windowHeight());
        Theme.style(scene);
        ImportView.acceptImportsOn(scene, imports, importWindow::show);
        stage.setScene(scene);
        addIcons(stage);
        placeWindow();
    }

    /** Builds the window into {@code stage}, shows it and starts loading profiles. */
    public static ConsoleWindow open(Stage stage, ConsoleEnvironment environment) {
        ConsoleWindow window = new ConsoleWindow(stage, environment);
        window.stage.setOnHidden(event -> window.close());
        // The first calls and the journal start before the window is shown, so that they run while the FX thread
        // lays the window out for the first time.
        window.activity.load();
        window.certificates.selectWhenLoaded(window.initialSettings.lastSn());
        window.profiles.load(window.initialSettings.lastProfileId(), window.initialSettings.lastInstanceId());
        window.stage.show();
        window.mainView.mainSplit().setDividerPositions(window.initialSettings.leftDivider(),
            window.initialSettings.rightDivider());
        return window;
    }

    private ShellCommands commands(CertificateListView certificateView, CertificateDetailsView detailsView) {
        return new ShellCommands(
            UiCommand.always(profiles::newProfile),
            new UiCommand(profiles::editSelectedProfile, profiles.canEditProperty()),
            new UiCommand(details::savePem, details.hasPemProperty()),
            new UiCommand(certificateView::focusFilter, certificates.targetProperty().isNotNull()),
            new UiCommand(certificates::refresh, certificates.targetProperty().isNotNull()),
            new UiCommand(certificates::activateSelected, certificates.canActivateProperty()),
            new UiCommand(certificates::deactivateSelected, certificates.canDeactivateProperty()),
            new UiCommand(certificates::deleteSelected, certificates.canDeleteProperty()),
            new UiCommand(detailsView::focus, certificates.hasSelectionProperty()),
            new UiCommand(certificates::copySelectedSns, certificates.hasSelectionProperty()),
            new UiCommand(details::copyPem, details.hasPemProperty()),
            UiCommand.always(importWindow::chooseFiles),
            new UiCommand(() -> registerWizard.open(certificates.targetProperty().get(), null),
                certificates.targetProperty().isNotNull()));
    }

    private void wire() {
        profiles.targetProperty().addListener((observable, before, target) -> {
            certificates.showInstance(target);
            imports.showInstance(target);
        });
        imports.setOnRegister(ca -> registerWizard.open(certificates.targetProperty().get(), ca));
        imports.setOnChanged(certificates::refresh);
        registration.setOnRegistered(() -> {
            certificates.refresh();
            imports.refreshMatches();
        });
        certificates.currentCertificateProperty().addListener((observable, before, certificate) ->
            details.show(certificates.targetProperty().get(), certificate));
        certificates.warningDaysProperty().bind(main.warningDaysProperty());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String profile = context.status().profileProperty().get();
            return profile.isEmpty() ? context.text("app.title")
                : context.format("app.titleWithProfile", profile);
        }, context.status().profileProperty()));
    }

    private void placeWindow() {
        ConsoleSettings settings = initialSettings;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(settings.windowWidth(), screen.getWidth()));
        stage.setHeight(Math.min(settings.windowHeight(), screen.getHeight()));
        if (!Double.isNaN(settings.windowX()) && !Double.isNaN(settings.windowY())
            && !Screen.getScreensForRectangle(new Rectangle2D(settings.windowX(), settings.windowY(),
            Math.min(200, settings.windowWidth()), Math.min(100, settings.windowHeight()))).isEmpty()) {
            stage.setX(settings.windowX());
            stage.setY(settings.windowY());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.maximized());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
    }

    private static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in = ConsoleWindow.class.getResourceAsStream(
                "icons/mqtt-ca-console-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // A missing icon rendition leaves the platform's default icon; the window works the same.
                continue;
            }
        }
    }

    /** The settings as they stand now: display choices, window bounds, dividers, last selection. */
    public ConsoleSettings currentSettings() {
        double[] dividers = mainView.mainSplit().getDividerPositions();
        CertificateRow row = certificates.currentRowProperty().get();
        String profileId = profiles.selectedProfileProperty().get() == null ? null
            : profiles.selectedProfileProperty().get().id();
        String instanceId = profiles.selectedInstanceProperty().get() == null ? null
            : profiles.selectedInstanceProperty().get().instanceId();
        ConsoleSettings settings = main.settings(initialSettings)
            .withSelection(profileId, instanceId, row == null ? null : row.sn());
        if (dividers.length == 2) {
            settings = settings.withDividers(dividers[0], dividers[1]);
        }
        if (stage.isMaximized()) {
            return settings.withWindow(initialSettings.windowX(), initialSettings.windowY(),
                initialSettings.windowWidth(), initialSettings.windowHeight(), true);
        }
        return settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }

    /** Saves the settings, closes the services and stops the background threads (once). */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ConsoleSettings settings = currentSettings();
        try {
            background.runAndWait(() -> settingsStore.save(settings), 3);
        } catch (Exception e) {
            ConsoleLog.LOG.log(System.Logger.Level.WARNING, "Could not save the window settings", e);
        }
        profiles.close();
        background.close();
    }

    public Stage stage() {
        return stage;
    }

    public UiContext context() {
        return context;
    }

    public ProfilesViewModel profiles() {
        return profiles;
    }

    public CertificateListViewModel certificates() {
        return certificates;
    }

    public CertificateDetailsViewModel details() {
        return details;
    }

    public ActivityViewModel activity() {
        return activity;
    }

    public ImportViewModel imports() {
        return imports;
    }

    /** Shows the import window (drops and File &gt; Import open it too). */
    public void showImports() {
        importWindow.show();
    }

    public RegisterWizardViewModel registration() {
        return registration;
    }

    public MainWindowViewModel main() {
        return main;
    }

    public ConsoleEnvironment environment() {
        return environment;
    }
}
