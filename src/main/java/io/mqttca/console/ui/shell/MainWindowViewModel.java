package io.mqttca.console.ui.shell;

import io.mqttca.console.service.ConsoleSettings;
import io.mqttca.console.ui.common.ActionFactory;
import io.mqttca.console.ui.common.CommandId;
import io.mqttca.console.ui.common.Commands;
import io.mqttca.console.ui.common.Navigator;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.UiCommand;
import io.mqttca.console.ui.common.UiContext;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The window frame: the display choices (theme, language, activity panel, expiry warning window) that the settings
 * file keeps, the status bar's model, the command table the menus are built from, the screens, and the Help texts.
 */
public final class MainWindowViewModel {

    private final UiContext context;
    private final Commands commands;
    private final Navigator navigator;
    private final ActionFactory actions;
    private final String version;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final BooleanProperty activityVisible = new SimpleBooleanProperty();
    private final IntegerProperty warningDays = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<String> language = new ReadOnlyObjectWrapper<>();
    private BooleanSupplier languageSwitchCheck = () -> true;

    /**
     * @param commands  the window's command table; the shell registers Help and Exit in it
     * @param navigator the screens the content area shows
     * @param exit      what File &gt; Exit does (the window hides itself)
     */
    public MainWindowViewModel(UiContext context, ConsoleSettings settings, Commands commands, Navigator navigator,
                               Runnable exit, String version) {
        this.context = context;
        this.commands = commands;
        this.navigator = navigator;
        this.actions = new ActionFactory(commands, context.bundle());
        this.version = version;
        commands.register(CommandId.SHORTCUTS, UiCommand.always(this::showShortcuts));
        commands.register(CommandId.ABOUT, UiCommand.always(this::showAbout));
        commands.register(CommandId.EXIT, UiCommand.always(exit));
        darkTheme.set(settings.darkTheme());
        activityVisible.set(settings.activityVisible());
        warningDays.set(settings.warningDays());
        language.set(settings.language());
    }

    /**
     * Chooses the language (a tag, or null for the system's); the composition root rebuilds the window in it at
     * once, unless the check it set refuses (the operator kept an open window).
     */
    public void changeLanguage(String languageTag) {
        if (!Objects.equals(languageTag, language.get()) && languageSwitchCheck.getAsBoolean()) {
            language.set(languageTag);
        }
    }

    /** Asked before the language changes; false keeps the current one. */
    public void setLanguageSwitchCheck(BooleanSupplier check) {
        languageSwitchCheck = check;
    }

    /** Copies the RequestId shown in the status bar. */
    public void copyLastRequestId() {
        String requestId = context.status().lastRequestIdProperty().get();
        if (!requestId.isEmpty()) {
            context.clipboard().copy(requestId);
            context.status().message(context.text("status.copied.requestId"));
        }
    }

    /** Every command's key binding, from the command ids themselves, then the keys of the table and panels. */
    public void showShortcuts() {
        context.dialogs().notify(context.text("help.shortcuts.title"), shortcutsText());
    }

    String shortcutsText() {
        StringBuilder text = new StringBuilder();
        for (CommandId id : CommandId.values()) {
            if (id.accelerator() != null) {
                String words = withoutMnemonic(context.text(id.textKey())).replace("\u2026", "").replace("...", "");
                text.append(keyName(id.accelerator())).append("  ").append(words).append('\n');
            }
        }
        return text.append(context.text("help.shortcuts.text")).toString();
    }

    /** "_Refresh" and "刷新(_R)" as words: the menu's mnemonic marks are not for reading. */
    static String withoutMnemonic(String text) {
        return text.replaceAll("\\(_.\\)", "").replace("_", "");
    }

    /** "Shortcut+Shift+A" as the keyboard says it: Ctrl on Linux and Windows, Cmd on macOS. */
    private static String keyName(String accelerator) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        return accelerator.replace("Shortcut", mac ? "Cmd" : "Ctrl");
    }

    public void showAbout() {
        context.dialogs().notify(context.text("help.about.title"), context.format("help.about.text", version));
    }

    /** The settings with this window's display choices. */
    public ConsoleSettings settings(ConsoleSettings base) {
        return base.withDisplay(darkTheme.get(), language.get(), activityVisible.get(), warningDays.get());
    }

    public Commands commands() {
        return commands;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** Builds the menu items and buttons of the command ids. */
    public ActionFactory actions() {
        return actions;
    }

    public StatusModel status() {
        return context.status();
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public BooleanProperty activityVisibleProperty() {
        return activityVisible;
    }

    public IntegerProperty warningDaysProperty() {
        return warningDays;
    }

    /** The chosen language tag, or null for the system's. */
    public ReadOnlyObjectProperty<String> languageProperty() {
        return language.getReadOnlyProperty();
    }
}
