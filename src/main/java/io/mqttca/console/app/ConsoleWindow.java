package io.mqttca.console.app;

import io.mqttca.console.service.ConsoleSettings;
import io.mqttca.console.service.SettingsStore;
import io.mqttca.console.ui.activity.ActivityView;
import io.mqttca.console.ui.activity.ActivityViewModel;
import io.mqttca.console.ui.certificates.CertificateListViewModel;
import io.mqttca.console.ui.certificates.CertificateRow;
import io.mqttca.console.ui.common.Commands;
import io.mqttca.console.ui.common.FxClipboard;
import io.mqttca.console.ui.common.FxDialogService;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.common.Navigator;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.Theme;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.details.CertificateDetailsViewModel;
import io.mqttca.console.ui.importing.ImportView;
import io.mqttca.console.ui.importing.ImportViewModel;
import io.mqttca.console.ui.profiles.ProfilesView;
import io.mqttca.console.ui.profiles.ProfilesViewModel;
import io.mqttca.console.ui.register.RegisterWizardViewModel;
import io.mqttca.console.ui.shell.MainWindowView;
import io.mqttca.console.ui.shell.MainWindowViewModel;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The composition root of the main window: the settings, the UI context and its one background executor, the
 * sidebar and dialogs ({@link ConsoleFeatures}), the screens and global commands ({@link ConsoleScreens}) and the
 * shell around them; it restores the window's size, position and last selection, and saves them when the window closes.
 */
public final class ConsoleWindow {

    private final Stage stage;
    private final ConsoleEnvironment environment;
    private final SettingsStore settingsStore;
    private final ConsoleSettings initialSettings;
    private final BackgroundExecutor background = new BackgroundExecutor();
    private final UiContext context;
    private final ConsoleFeatures features;
    private final ConsoleScreens screens;
    private final MainWindowViewModel main;
    private final MainWindowView mainView;
    private boolean closed;

    private ConsoleWindow(Stage stage, ConsoleEnvironment environment) {
        this.stage = stage;
        this.environment = environment;
        this.settingsStore = new SettingsStore(environment.dataDirectory().settingsFile());
        this.initialSettings = settingsStore.load();
        if (initialSettings.language() != null) {
            // The operator's choice also governs JavaFX's own words (dialog buttons, "Show Details").
            Locale.setDefault(Messages.locale(initialSettings.language()));
        }
        ResourceBundle bundle = Messages.bundle(Messages.locale(initialSettings.language()));
        Theme.useFontFor(bundle.getLocale());
        FxClipboard clipboard = new FxClipboard();
        Supplier<Window> owner = () -> stage;
        FxmlViews dialogViews = new FxmlViews(bundle, Map.of());
        this.context = new UiContext(bundle, Platform::runLater, background,
            new FxDialogService(owner, dialogViews, clipboard), clipboard, new StatusModel(), environment.clock());
        this.features = new ConsoleFeatures(context, environment, background);

        Commands commands = new Commands();
        Navigator navigator = new Navigator(commands);
        ConsoleScreens.registerGlobalCommands(commands, features);
        this.screens = new ConsoleScreens(new ScreenContext(context, features.profiles.targetProperty(),
            initialSettings, navigator), features, environment);
        this.main = new MainWindowViewModel(context, initialSettings, commands, navigator, stage::hide,
            AppVersion.current());
        this.mainView = new MainWindowView(main);
        Map<Class<?>, Supplier<Object>> controllers = new HashMap<>(features.controllers());
        controllers.put(MainWindowView.class, () -> mainView);
        FxmlViews views = new FxmlViews(bundle, controllers);

        Parent root = views.load(MainWindowView.class, "MainWindow.fxml");
        mainView.showPanels(views.load(ProfilesView.class, "Profiles.fxml"),
            (TitledPane) views.load(ActivityView.class, "Activity.fxml"));
        certificates().warningDaysProperty().bind(main.warningDaysProperty());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String profile = context.status().profileProperty().get();
            return profile.isEmpty() ? context.text("app.title") : context.format("app.titleWithProfile", profile);
        }, context.status().profileProperty()));
        Theme.apply(initialSettings.darkTheme());
        Scene scene = new Scene(root, initialSettings.windowWidth(), initialSettings.windowHeight());
        Theme.style(scene);
        ImportView.acceptImportsOn(scene, features.imports, features.importWindow::show);
        stage.setScene(scene);
        WindowPlacement.addIcons(stage);
        WindowPlacement.place(stage, initialSettings);
    }

    /** Builds the window into {@code stage}, shows it and starts loading profiles. */
    public static ConsoleWindow open(Stage stage, ConsoleEnvironment environment) {
        ConsoleWindow window = new ConsoleWindow(stage, environment);
        window.stage.setOnHidden(event -> window.close());
        // The first calls and the journal start before the window is shown, so that they run while the FX thread
        // lays the window out for the first time.
        window.features.activity.load();
        window.certificates().selectWhenLoaded(window.initialSettings.lastSn());
        window.features.profiles.load(window.initialSettings.lastProfileId(), window.initialSettings.lastInstanceId());
        window.stage.show();
        window.mainView.mainSplit().setDividerPositions(window.initialSettings.leftDivider());
        return window;
    }

    /** The settings as they stand now: display choices, window bounds, dividers, last selection. */
    public ConsoleSettings currentSettings() {
        ProfilesViewModel profiles = features.profiles;
        CertificateRow row = certificates().currentRowProperty().get();
        String profileId = profiles.selectedProfileProperty().get() == null ? null
            : profiles.selectedProfileProperty().get().id();
        String instanceId = profiles.selectedInstanceProperty().get() == null ? null
            : profiles.selectedInstanceProperty().get().instanceId();
        ConsoleSettings settings = main.settings(initialSettings)
            .withSelection(profileId, instanceId, row == null ? null : row.sn());
        double[] sidebar = mainView.mainSplit().getDividerPositions();
        if (sidebar.length == 1) {
            double details = screens.caCertificates.dividerInWindow(sidebar[0]);
            settings = settings.withDividers(sidebar[0], Double.isNaN(details) ? settings.rightDivider() : details);
        }
        return WindowPlacement.withBounds(settings, stage, initialSettings);
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
            ConsoleLog.LOG.log(Level.WARNING, "Could not save the window settings", e);
        }
        features.close();
        background.close();
    }

    public Stage stage() {
        return stage;
    }

    public UiContext context() {
        return context;
    }

    public ProfilesViewModel profiles() {
        return features.profiles;
    }

    public CertificateListViewModel certificates() {
        return screens.caCertificates.certificates;
    }

    public CertificateDetailsViewModel details() {
        return screens.caCertificates.details;
    }

    public ActivityViewModel activity() {
        return features.activity;
    }

    public ImportViewModel imports() {
        return features.imports;
    }

    /** Shows the import window (drops and File &gt; Import open it too). */
    public void showImports() {
        features.importWindow.show();
    }

    public RegisterWizardViewModel registration() {
        return features.registration;
    }

    public MainWindowViewModel main() {
        return main;
    }

    public ConsoleEnvironment environment() {
        return environment;
    }
}
