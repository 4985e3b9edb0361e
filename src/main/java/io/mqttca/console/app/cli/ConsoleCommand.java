package io.mqttca.console.app.cli;

import io.mqttca.console.service.DataDirectory;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The root of the command line: {@code mqtt-ca-console <subcommand> ...}. */
@Command(
    name = "mqtt-ca-console",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Administration console for the X.509 CA certificates of ApsaraMQ for MQTT instances.%n"
        + "Without a subcommand it opens the window.",
    footerHeading = "%nWindow options (without a subcommand):%n",
    footer = {
        "  --data DIR           The user data directory (profiles, settings, journal).",
        "  --theme light|dark   Open in this theme (default: the remembered one).",
        "  --smoke              Open on the sandbox, wait for the table, print",
        "                       'ready in N ms, M certificates' and exit 0.",
        "  --screenshot FILE    With --smoke: also write a PNG of the window.",
        "  --seed-devices N     Fill the sandbox's prod-root-rsa up to N device",
        "                       certificates before it answers."},
    subcommands = {CommandLine.HelpCommand.class, InspectCommand.class, EmulatorCommand.class, CaCommand.class,
        DeviceCommand.class})
public final class ConsoleCommand {

    /** Exit status of a usage error (unknown option, missing argument). */
    public static final int EXIT_USAGE = 1;

    private static final Set<String> ROOT_OPTIONS = Set.of("--version", "-V", "--help", "-h");

    private static final ServiceConnector DEFAULT_CONNECTOR =
        context -> new DefaultServiceConnector(DataDirectory.standard()).connector(context);

    /**
     * True when the arguments are for the command line rather than window options: a root option, or a first
     * argument that is not an option at all (a subcommand, or a mistyped one that picocli then names). Decided
     * without building the CommandLine, which costs ~0.15 s of every window start.
     */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return ROOT_OPTIONS.contains(args[0]) || !args[0].startsWith("-");
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line with the given output streams (tests capture them). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, DEFAULT_CONNECTOR, CliContext.system());
    }

    /** Runs the command line with the given streams, connector and surroundings (tests pass their own). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, ServiceConnector connector,
                          CliContext context) {
        CommandLine commandLine = newCommandLine(connector, context);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exit = commandLine.execute(args);
        // print() without println() stays in an auto-flushing writer's buffer, and System.exit follows.
        out.flush();
        err.flush();
        return exit;
    }

    static CommandLine newCommandLine(ServiceConnector connector, CliContext context) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == CaCommand.class) {
                    return type.cast(new CaCommand(connector, context));
                }
                if (type == DeviceCommand.class) {
                    return type.cast(new DeviceCommand(connector, context));
                }
                return defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new ConsoleCommand(), factory);
        commandLine.setExitCodeExceptionMapper(exception -> EXIT_USAGE);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            if (isUnknownCommand(exception)) {
                UnmatchedArgumentException unmatched = (UnmatchedArgumentException) exception;
                failed.getErr().println("error: Unknown command: '" + unmatched.getUnmatched().get(0) + "'");
                List<String> suggestions = unmatched.getSuggestions();
                if (!suggestions.isEmpty()) {
                    failed.getErr().println("Did you mean: " + String.join(" or ", suggestions) + "?");
                }
            } else {
                failed.getErr().println("error: " + withoutErrorPrefix(exception.getMessage()));
            }
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        return commandLine;
    }

    /** An argument where a command with subcommands expects one of them (and takes no positional parameters). */
    private static boolean isUnknownCommand(ParameterException exception) {
        CommandLine failed = exception.getCommandLine();
        return exception instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
            && !unmatched.getUnmatched().isEmpty() && !failed.getSubcommands().isEmpty()
            && failed.getCommandSpec().positionalParameters().isEmpty();
    }

    /** Some of picocli's messages (argument groups) start with "Error: " of their own. */
    private static String withoutErrorPrefix(String message) {
        return message != null && message.regionMatches(true, 0, "Error: ", 0, 7) ? message.substring(7) : message;
    }
}
