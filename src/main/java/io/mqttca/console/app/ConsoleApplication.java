package io.mqttca.console.app;

import io.mqttca.console.service.DataDirectory;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #launch(ConsoleEnvironment, String...)} hands it the environment to build the window
 * from (the connector to the sandbox or the cloud, the journal, the certificate reader); launched without one it
 * opens on the standard data directory with no service, and says so.
 */
public final class ConsoleApplication extends Application {

    private static volatile ConsoleEnvironment configured;

    private ConsoleWindow window;

    /** Starts the JavaFX runtime and opens the window on {@code environment} (does not return until it exits). */
    public static void launch(ConsoleEnvironment environment, String... args) {
        configured = environment;
        Application.launch(ConsoleApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        ConsoleEnvironment environment = configured != null ? configured
            : ConsoleEnvironment.standard(DataDirectory.of(dataOption(getParameters().getRaw())));
        window = showMainWindow(stage, environment);
        UncaughtErrors.install(window.context());
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

    /** The directory of {@code --data DIR} or {@code --data=DIR}, or null. */
    static Path dataOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (arg.startsWith("--data=")) {
                return Path.of(arg.substring("--data=".length()));
            }
        }
        return null;
    }
}
