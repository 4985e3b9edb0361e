package io.mqttca.console.app.cli;

import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.DataDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line against an in-process emulator over real HTTP on loopback, with the demo key in a test
 * environment; each {@link #run} appends {@code --instance} and {@code --endpoint} and keeps what was printed.
 */
final class EmulatorCli implements AutoCloseable {

    final Emulator emulator;
    private final Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Terminal terminal = Terminal.NONE;

    EmulatorCli(Path dir) {
        this.dir = dir;
        this.emulator = Emulator.start(EmulatorConfig.defaults(dir.resolve("emulator")));
    }

    /** Runs {@code args} on the sandbox's Platinum instance; the output of earlier runs is forgotten. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", SandboxSeed.DEMO_KEY_ID,
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SandboxSeed.DEMO_KEY_SECRET), dir,
            Clock.fixed(Instant.now(), ZoneOffset.UTC), terminal);
        DefaultServiceConnector connector = new DefaultServiceConnector(new DataDirectory(dir.resolve("data")));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--instance", SandboxSeed.PLATINUM_INSTANCE_ID, "--endpoint", emulator.baseUrl()));
        return ConsoleCommand.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
            connector, context);
    }

    /** The next runs happen on a terminal where the operator answers every question with {@code answer}. */
    void onTerminalAnswering(String answer, List<String> questions) {
        terminal = new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String ask(String question) {
                questions.add(question);
                return answer;
            }
        };
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
