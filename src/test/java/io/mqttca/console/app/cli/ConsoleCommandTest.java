package io.mqttca.console.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The root command's manners: mistyped commands, the help list and picocli's messages. */
class ConsoleCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ConsoleCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), context -> null,
            CliContext.system());
    }

    @Test
    void aMistypedCommandIsTheCommandLineNotTheWindow() {
        assertTrue(ConsoleCommand.isCommandLine(new String[] {"inpsect", "ca.pem"}));
        assertFalse(ConsoleCommand.isCommandLine(new String[] {"--theme", "dark"}));
        assertFalse(ConsoleCommand.isCommandLine(new String[] {"--screenshot", "w.png", "--smoke"}));
    }

    @Test
    void aMistypedCommandIsUnknownWithASuggestion() {
        assertEquals(ConsoleCommand.EXIT_USAGE, run("inpsect", "ca.pem"));

        assertEquals("error: Unknown command: 'inpsect'\nDid you mean: inspect?\nTry 'mqtt-ca-console --help'.\n",
            err.toString().replace("\r\n", "\n"));
        assertEquals("", out.toString());
    }

    @Test
    void aMistypedCaSubcommandIsUnknownWithItsSuggestions() {
        assertEquals(ConsoleCommand.EXIT_USAGE, run("ca", "lst"));

        assertTrue(err.toString().startsWith("error: Unknown command: 'lst'"), err.toString());
        assertTrue(err.toString().contains("Did you mean: list or register?"), err.toString());
        assertTrue(err.toString().contains("Try 'mqtt-ca-console ca --help'."), err.toString());
    }

    @Test
    void anUnknownOptionOfASubcommandKeepsPicocliMessage() {
        assertEquals(ConsoleCommand.EXIT_USAGE, run("inspect", "--yaml", "x.pem"));

        assertTrue(err.toString().startsWith("error: Unknown option: '--yaml'"), err.toString());
    }

    @Test
    void picocliOwnErrorPrefixIsNotDoubled() {
        assertEquals(ConsoleCommand.EXIT_USAGE, run("ca", "register", "--instance", "i", "--name", "n", "--ca", "c"));

        assertTrue(err.toString().startsWith("error: Missing required argument"), err.toString());
        assertFalse(err.toString().toLowerCase().contains("error: error:"), err.toString());
    }

    @Test
    void helpListsTheWindowOptions() {
        assertEquals(0, run("--help"));

        for (String option : new String[] {"--data DIR", "--theme light|dark", "--smoke", "--screenshot FILE",
            "--seed-devices N"}) {
            assertTrue(out.toString().contains("  " + option), option + " in\n" + out);
        }
        assertTrue(out.toString().contains("\n                       'ready in N ms, M certificates' and exit 0.\n"),
            "the footer fits the 80 columns picocli wraps at:\n" + out);
    }

    @Test
    void everyCommandSummaryIsAWholeSentence() {
        Deque<CommandLine> commands = new ArrayDeque<>();
        commands.add(ConsoleCommand.newCommandLine(context -> null, CliContext.system()));
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            commands.addAll(command.getSubcommands().values());
            String[] description = command.getCommandSpec().usageMessage().description();
            String summary = description.length == 0 ? "" : description[0];
            assertTrue(summary.endsWith("."), command.getCommandSpec().qualifiedName() + ": " + summary);
        }
    }

    @Test
    void theHelpListShowsInspectsWholeSummary() {
        assertEquals(0, run("--help"));

        assertTrue(out.toString().contains("inspect   Shows the certificates in PEM or DER files."), out.toString());
    }
}
