package io.mqttca.console.app;

import io.mqttca.console.app.cli.ConsoleCommand;
import io.mqttca.console.service.DataDirectory;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of the jar. With no subcommand it opens the window; with one ({@code inspect}, {@code emulator},
 * {@code ca} ...) it runs the command line. It does not extend {@link javafx.application.Application} so that the
 * jar starts from the plain classpath.
 */
public final class Main {

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
        DataDirectory data = DataDirectory.of(options.dataDirectory());
        try (Sandbox sandbox = new Sandbox(data.emulatorDirectory())) {
            sandbox.startInBackground();
            ConsoleEnvironment standard = ConsoleEnvironment.standard(data);
            ConsoleApplication.launch(standard.withConnector(new ConsoleConnector(sandbox, standard.journal(),
                System.getenv(), Path.of(System.getProperty("user.home")))), args);
        }
        if (options.smoke()) {
            System.exit(ConsoleApplication.exitCode());
        }
    }
}
