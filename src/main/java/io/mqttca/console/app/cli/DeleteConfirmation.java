package io.mqttca.console.app.cli;

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

    /** True when the command may not go on: no terminal to ask, and no --yes. */
    boolean refusesWithoutTerminal(Terminal terminal) {
        return !yes && !dryRun && !terminal.interactive();
    }

    static String refusal(String what) {
        return "Refusing to delete " + what + " without confirmation: there is no terminal to ask.";
    }

    static String refusalAction() {
        return "Pass --yes to delete, or --dry-run to see what would be deleted.";
    }

    /** On a terminal without --yes: asks, and true only when the operator typed yes. */
    boolean confirmed(Terminal terminal, String what, List<String> sns) {
        if (yes) {
            return true;
        }
        String listed = sns.size() <= 5 ? String.join(", ", sns) : String.join(", ", sns.subList(0, 5))
            + " and " + (sns.size() - 5) + " more";
        String answer = terminal.ask("Delete " + what + " (" + listed + ")? Type yes to go on: ");
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes");
    }
}
