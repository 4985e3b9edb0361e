package io.mqttca.console.app;

import io.mqttca.console.app.cli.ConsoleCommand;
import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ConsoleSettings;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.service.SettingsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Entry point of the jar. With no subcommand it opens the window; with one ({@code inspect}, {@code emulator},
 * {@code ca} ...) it runs the command line. It does not extend {@link javafx.application.Application} so that the
 * jar starts from the plain classpath.
 */
public final class Main {

    static final String NO_DISPLAY = "error: no display; use a subcommand (mqtt-ca-console --help), or set DISPLAY";

    private Main() {
    }

    public static void main(String[] args) {
        if (ConsoleCommand.isCommandLine(args)) {
            System.exit(ConsoleCommand.run(args));
        }
        StartupOptions options;
        try {
            options = StartupOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(ConsoleCommand.EXIT_USAGE);
            return;
        }
        if (!hasDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
            System.err.println(NO_DISPLAY);
            System.exit(ConsoleCommand.EXIT_USAGE);
            return;
        }
        DataDirectory data = DataDirectory.of(options.dataDirectory());
        try (Sandbox sandbox = new Sandbox(data.emulatorDirectory(), options.seedDevices())) {
            warmUpIfTheWindowOpensOnIt(sandbox, data);
            JavaFxWarnings.dropUnnamedModuleWarning();
            ConsoleEnvironment standard = ConsoleEnvironment.standard(data);
            ConsoleApplication.launch(standard.withConnector(new ConsoleConnector(sandbox, standard.journal(),
                System.getenv(), Path.of(System.getProperty("user.home")))), args);
        }
        if (options.smoke()) {
            System.exit(ConsoleApplication.exitCode());
        }
    }

    /**
     * False on a Linux (or other X11/Wayland) box with neither DISPLAY nor WAYLAND_DISPLAY set, where the toolkit
     * would fail with a stack trace. macOS and Windows always have one; Monocle (the headless platform) needs none.
     */
    static boolean hasDisplay(Map<String, String> environment, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("windows") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * Warms the sandbox up while the toolkit starts, but only when the window will open on it: an operator whose
     * last profile is an Alibaba Cloud one does not pay for the sandbox's database. Reading the settings here also
     * loads the JSON classes before the window needs them.
     */
    private static void warmUpIfTheWindowOpensOnIt(Sandbox sandbox, DataDirectory data) {
        CompletableFuture.runAsync(() -> {
            if (opensOnSandbox(new SettingsStore(data.settingsFile()).load())) {
                sandbox.warmUp();
            }
        });
    }

    /** True when the window will open on the sandbox: the first start, or the sandbox was the last profile. */
    static boolean opensOnSandbox(ConsoleSettings settings) {
        return settings.lastProfileId() == null || settings.lastProfileId().equals(ConnectionProfile.SANDBOX_ID);
    }
}
