package io.mqttca.console.app.cli;

import io.mqttca.console.service.DataDirectory;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code mqtt-ca-console <subcommand> ...}. */
@Command(
    name = "mqtt-ca-console",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Administration console for the X.509 CA certificates of ApsaraMQ for MQTT instances.%n"
        + "Without a subcommand it opens the window.",
    subcommands = {CommandLine.HelpCommand.class, InspectCommand.class, EmulatorCommand.class, CaCommand.class})
public final class ConsoleCommand {

    /** Exit status of a usage error (unknown option, missing argument). */
    public static final int EXIT_USAGE = 1;

    private static final Set<String> ROOT_OPTIONS = Set.of("--version", "-V", "--help", "-h");

    private static final ServiceConnector DEFAULT_CONNECTOR =
        context -> new DefaultServiceConnector(DataDirectory.standard()).connector(context);

    /** True when the arguments name a subcommand or a root option, rather than window options. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return ROOT_OPTIONS.contains(args[0]) || subcommandNames().contains(args[0]);
    }

    /** Read from the annotations: building the whole CommandLine costs ~0.15 s of every window start. */
    private static Set<String> subcommandNames() {
        return Arrays.stream(ConsoleCommand.class.getAnnotation(Command.class).subcommands())
            .map(type -> type.getAnnotation(Command.class))
            .flatMap(command -> Stream.concat(Stream.of(command.name()), Arrays.stream(command.aliases())))
            .collect(Collectors.toUnmodifiableSet());
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
        return commandLine.execute(args);
    }

    static CommandLine newCommandLine(ServiceConnector connector, CliContext context) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == CaCommand.class ? type.cast(new CaCommand(connector, context)) : defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new ConsoleCommand(), factory);
        commandLine.setExitCodeExceptionMapper(exception -> EXIT_USAGE);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("error: " + exception.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        return commandLine;
    }
}
