package io.mqttca.console.app;

import io.mqttca.console.app.cli.ConsoleCommand;
import javafx.application.Application;

/**
 * Entry point of the jar. With no subcommand it opens the window; with one ({@code inspect}, {@code emulator},
 * {@code ca} ...) it runs the command line. It does not extend {@link Application} so that the jar starts from
 * the plain classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (ConsoleCommand.isCommandLine(args)) {
            System.exit(ConsoleCommand.run(args));
        }
        Application.launch(ConsoleApplication.class, args);
    }
}
