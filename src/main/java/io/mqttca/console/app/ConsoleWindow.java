package io.mqttca.console.app;

import io.mqttca.console.service.ConsoleSettings;
import io.mqttca.console.service.SettingsStore;
import io.mqttca.console.ui.activity.ActivityView;
import io.mqttca.console.ui.activity.ActivityViewModel;
import io.mqttca.console.ui.certificates.CertificateListViewModel;
import io.mqttca.console.ui.certificates.CertificateRow;
import io.mqttca.console.ui.common.CommandId;
import io.mqttca.console.ui.common.Commands;
import io.mqttca.console.ui.common.Confirmation;
import io.mqttca.console.ui.common.FxClipboard;
import io.mqttca.console.ui.common.FxDialogService;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.common.Navigator;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.Theme;
import io.mqttca.console.ui.common.UiCommand;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.details.CertificateDetailsViewModel;
import io.mqttca.console.ui.devices.DeviceListViewModel;
import io.mqttca.console.ui.importing.ImportView;
import io.mqttca.console.ui.importing.ImportViewModel;
import io.mqttca.console.ui.profiles.ProfilesView;
import io.mqttca.console.ui.profiles.ProfilesViewModel;
import io.mqttca.console.ui.register.RegisterWizardViewModel;
import io.mqttca.console.ui.shell.MainWindowView;
import io.mqttca.console.ui.shell.MainWindowViewModel;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
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

    /** The system's locale, before a chosen language replaced the default ("System default" goes back to it). */
    private static final Locale SYSTEM_LOCALE = Locale.getDefault();

    private final Stage stage;
    private final ConsoleEnvironment environment;
    private final SettingsStore settingsStore;
    private final ConsoleSettings initialSettings;
    private final WindowSession session;
    private final BackgroundExecutor background;
    private final UiContext context;
    private final ConsoleFeatures features;
    private final ConsoleScreens screens;
    private final MainWindowViewModel main;
    private final MainWindowView mainView;
    private boolean closed;
    private ConsoleWindow replacement;

    private ConsoleWindow(Stage stage, ConsoleEnvironment environment, WindowSession session,
                          SettingsStore settingsStore, ConsoleSettings settings) {
        this.stage = stage;
        this.environment = environment;
        this.session = session;
        this.background = session.background;
        this.settingsStore = settingsStore;
        this.initialSettings = settings;
        // The operator's choice also governs JavaFX's own words (dialog buttons, "Show Details").
        Locale.setDefault(initialSettings.language() == null ? SYSTEM_LOCALE
            : Messages.locale(initialSettings.language()));
        Locale locale = Messages.locale(initialSettings.language());
        Theme.useFontFor(locale);
        ResourceBundle bundle = Messages.forTextFont(Messages.bundle(locale));
        FxClipboard clipboard = new FxClipboard();
        Supplier<Window> owner = () -> stage;
        FxmlViews dialogViews = new FxmlViews(bundle, Map.of());
        this.context = new UiContext(bundle, Platform::runLater, background,
            new FxDialogService(owner, dialogViews, clipboard), clipboard, new StatusModel(), environment.clock());
        // The details pane's inspector words follow the window's language, like everything else in it.
        ConsoleEnvironment windowEnvironment = environment.certificateFields() instanceof InspectorCertificateFields
            fields ? environment.withCertificateFields(fields.in(bundle)) : environment;
        this.features = new ConsoleFeatures(context, windowEnvironment, session.connections);

        Commands commands = new Commands();
        Navigator navigator = new Navigator(commands);
        ConsoleScreens.registerGlobalCommands(commands, features);
        this.screens = new ConsoleScreens(new ScreenContext(context, features.profiles.targetProperty(),
            initialSettings, navigator), features, windowEnvironment);
        commands.register(CommandId.ALL_DEVICES, new UiCommand(screens::openAllDevices,
            features.profiles.targetProperty().isNotNull()));
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
        devices().warningDaysProperty().bind(main.warningDaysProperty());
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
        SettingsStore store = new SettingsStore(environment.dataDirectory().settingsFile());
        ConsoleWindow window = new ConsoleWindow(stage, environment, new WindowSession(environment), store,
            store.load());
        window.start();
        return window;
    }

    private void start() {
        stage.setOnHidden(event -> close());
        main.languageProperty().addListener((observable, before, now) -> Platform.runLater(this::rebuild));
        main.setLanguageSwitchCheck(this::mayRebuild);
        // The first calls and the journal start before the window is shown, so that they run while the FX thread
        // lays the window out for the first time.
        features.activity.load();
        certificates().selectWhenLoaded(initialSettings.lastSn());
        features.profiles.load(initialSettings.lastProfileId(), initialSettings.lastInstanceId());
        stage.show();
        mainView.mainSplit().setDividerPositions(WindowPlacement.sidebarDivider(initialSettings, stage.getWidth()));
    }

    /**
     * A language switch takes effect at once: the window is built again in the new language, on the same
     * connections (session keys kept) and with the same profile, instance, selection, size and dividers.
     */
    private void rebuild() {
        if (closed) {
            return;
        }
        ConsoleSettings settings = currentSettings();
        closed = true;
        stage.titleProperty().unbind();
        stage.setOnHidden(null);
        ownedWindows().forEach(Window::hide);
        features.close();
        screens.close();
        replacement = new ConsoleWindow(stage, environment, session, settingsStore, settings);
        UncaughtErrors.install(replacement.context);
        replacement.start();
        background.execute(() -> settingsStore.save(settings));
    }

    /** The import and Register windows close with a rebuild: ask first when one is open. */
    private boolean mayRebuild() {
        if (ownedWindows().isEmpty()) {
            return true;
        }
        return context.dialogs().confirm(new Confirmation(context.text("language.changed.title"),
            context.text("language.changed.header"), context.text("language.changed.message"),
            context.text("language.changed.confirm"), false));
    }

    private List<Window> ownedWindows() {
        return Window.getWindows().stream()
            .filter(window -> window instanceof Stage owned && owned.getOwner() == stage && window.isShowing())
            .toList();
    }

    /** This window, or the one a language switch built in its place. */
    public ConsoleWindow current() {
        return replacement == null ? this : replacement.current();
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
        if (replacement != null) {
            replacement.close();
            return;
        }
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
        screens.close();
        session.close();
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

    /** The device certificates screen's list (its scope, rows and filter). */
    public DeviceListViewModel devices() {
        return screens.deviceCertificates.devices;
    }

    /** Opens the device certificates of the listed CA with this Sn, as Enter on its row does. */
    public void openDevicesOf(String caSn) {
        screens.openDevicesOf(caSn);
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
