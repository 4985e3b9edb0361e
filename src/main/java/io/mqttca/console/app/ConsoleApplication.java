package io.mqttca.console.app;

import io.mqttca.console.service.DataDirectory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #launch(ConsoleEnvironment, String...)} hands it the environment to build the window
 * from (the connector to the sandbox or the cloud, the journal, the certificate reader); launched without one it
 * opens on the standard data directory with no service, and says so.
 */
public final class ConsoleApplication extends Application {

    private static volatile ConsoleEnvironment configured;
    private static volatile int exitCode;

    private ConsoleWindow window;

    /** Starts the JavaFX runtime and opens the window on {@code environment} (does not return until it exits). */
    public static void launch(ConsoleEnvironment environment, String... args) {
        configured = environment;
        Application.launch(ConsoleApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        ConsoleEnvironment environment = configured != null ? configured
            : ConsoleEnvironment.standard(DataDirectory.of(StartupOptions.parse(getParameters().getRaw())
                .dataDirectory()));
        window = showMainWindow(stage, environment);
        UncaughtErrors.install(window.context());
        StartupOptions options = StartupOptions.parse(getParameters().getRaw());
        if (options.theme() != null) {
            window.main().darkThemeProperty().set(options.theme().equals("dark"));
        }
        if (options.smoke()) {
            new SmokeRun(window, options.screenshot(), System.out).start().thenAccept(code -> {
                exitCode = code;
                Platform.exit();
            });
        }
    }

    /** The exit status the application asked for (a smoke run's result), 0 otherwise. */
    public static int exitCode() {
        return exitCode;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /** Builds the main window on {@code environment} into the stage and shows it (also used by UI tests). */
    public static ConsoleWindow showMainWindow(Stage stage, ConsoleEnvironment environment) {
        return ConsoleWindow.open(stage, environment);
    }
}
