package io.mqttca.console.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --yes} and {@code --dry-run} of the delete commands: on a terminal they ask first; a script must say
 * {@code --yes}, and without a terminal and without it they refuse before any call.
 */
final class DeleteConfirmation {

    static final String REFUSED_CODE = "ConfirmationRequired";

    @Option(names = "--yes", description = "Delete without asking (needed when there is no terminal to ask).")
    boolean yes;

    @Option(names = "--dry-run", description = "Print what would be deleted, and change nothing.")
    boolean dryRun;

    /**
     * Without a terminal and without --yes: the refusal on stderr (and as JSON with --json), and exit 1, before any
     * call; otherwise null.
     */
    Integer refuseWithoutTerminal(ServiceSubcommand command, String noun) {
        if (yes || dryRun || command.parent.context().terminal().interactive()) {
            return null;
        }
        command.reportRefusal(REFUSED_CODE, List.of("Refusing to delete " + noun + "s without confirmation: there "
            + "is no terminal to ask."), "Pass --yes to delete, or --dry-run to see what would be deleted.");
        return ConsoleCommand.EXIT_USAGE;
    }

    /** Asks on the terminal (unless --yes): null when the operator typed yes, else exit 1 with nothing deleted. */
    Integer declined(ServiceSubcommand command, String noun, List<String> sns) {
        if (yes) {
            return null;
        }
        String listed = sns.size() <= 5 ? String.join(", ", sns) : String.join(", ", sns.subList(0, 5))
            + " and " + (sns.size() - 5) + " more";
        String counted = sns.size() + " " + noun + (sns.size() == 1 ? "" : "s");
        String answer = command.parent.context().terminal().ask("Delete " + counted + " (" + listed
            + ")? Type yes to go on: ");
        if (answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes")) {
            return null;
        }
        command.err().println("Nothing was deleted.");
        return ConsoleCommand.EXIT_USAGE;
    }

    /** The dry run's last line; exit 0, or 3 when any Sn was not found. */
    static int dryRunSummary(PrintWriter out, int total, int missing) {
        out.println("Dry run: " + (total - missing) + " would be deleted, " + missing
            + " not found; nothing was changed.");
        return missing == 0 ? 0 : CaCommand.EXIT_FAILED;
    }
}
