package io.mqttca.console.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.EmulatorStore;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.emulator.SignedClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EmulatorCommandTest {

    private static final Pattern LINE = Pattern.compile("Emulator listening on (http://127\\.0\\.0\\.1:\\d+) "
        + "\\(instances: post-cn-sandbox01, post-cn-sandbox02, post-cn-otheraccount; key sandbox-demo-key\\)\\R");
    private static final Pattern SEEDED = Pattern.compile(
        "Seeded (\\d+) device certificates in \\d+\\.\\d s( \\((\\d+) were already there\\))?");
    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path dataDirectory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command on its own thread, as {@code main} would, and returns the exit status when it ends. */
    private Thread runInBackground(AtomicInteger exitCode, String... args) {
        Thread thread = new Thread(() ->
            exitCode.set(ConsoleCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true))));
        thread.start();
        return thread;
    }

    private String awaitBaseUrl() throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = LINE.matcher(out.toString());
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no endpoint line; out=" + out + " err=" + err);
    }

    private static SignedClient.Response inactivate(SignedClient client, String sn) {
        return client.post("InactivateCaCertificate").instance(SandboxSeed.PLATINUM_INSTANCE_ID).param("Sn", sn)
            .send();
    }

    @Test
    void printsOneEndpointLineServesAndStopsWhenInterrupted() throws Exception {
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread command = runInBackground(exitCode, "emulator", "--port", "0", "--data", dataDirectory.toString());
        String baseUrl = awaitBaseUrl();
        SignedClient client = new SignedClient(baseUrl, SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET);

        assertEquals(200, client.get("ListInstances").send().status());
        command.interrupt();
        command.join(TimeUnit.SECONDS.toMillis(20));

        assertFalse(command.isAlive());
        assertEquals(0, exitCode.get());
        assertEquals(1, out.toString().lines().count(), out::toString);
        assertThrows(UncheckedIOException.class, () -> client.get("ListInstances").send());
    }

    @Test
    void returnsWhenItsEmulatorIsClosedAndReleasesTheDatabase() throws Exception {
        CompletableFuture<Emulator> started = new CompletableFuture<>();
        CommandLine emulatorCommand = new CommandLine(new EmulatorCommand(started::complete));
        emulatorCommand.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
            emulatorCommand.execute("--port", "0", "--data", dataDirectory.toString(), "--seed-cas", "3"));
        Emulator emulator = started.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        assertEquals(9, emulator.store().countCas(SandboxSeed.PLATINUM_INSTANCE_ID));

        emulator.close();

        assertEquals(0, exit.get(20, TimeUnit.SECONDS));
        try (EmulatorStore reopened = EmulatorStore.open(dataDirectory, 1)) {
            assertTrue(reopened.isSeeded());
        }
    }

    /** Runs {@code emulator --port 0 --data DIR args...} until it has started, closes it, returns what it printed. */
    private String startAndClose(String... args) throws Exception {
        StringWriter printed = new StringWriter();
        CompletableFuture<Emulator> started = new CompletableFuture<>();
        CommandLine command = new CommandLine(new EmulatorCommand(started::complete));
        command.setOut(new PrintWriter(printed, true));
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"--port", "0", "--data", dataDirectory.toString()}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> command.execute(all));
        started.get(STARTUP.toSeconds(), TimeUnit.SECONDS).close();
        assertEquals(0, exit.get(20, TimeUnit.SECONDS));
        return printed.toString();
    }

    @Test
    void seedDevicesPrintsHowManyAndHowLongBeforeTheListeningLine() throws Exception {
        String[] lines = startAndClose("--seed-devices", "30").split("\\R");

        assertEquals(2, lines.length, String.join("\n", lines));
        Matcher seeded = SEEDED.matcher(lines[0]);
        assertTrue(seeded.matches(), lines[0]);
        assertEquals("30", seeded.group(1));
        assertEquals(null, seeded.group(2));
        assertTrue(LINE.matcher(lines[1] + "\n").matches(), lines[1]);
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 1)) {
            assertEquals(33, store.listDevicesByCa(SandboxSeed.PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN,
                1, 1).total());
        }
    }

    @Test
    void seedDevicesAgainWithTheSameNumberSaysAllWereAlreadyThere() throws Exception {
        startAndClose("--seed-devices", "12");

        String again = startAndClose("--seed-devices", "12").lines().findFirst().orElseThrow();

        Matcher seeded = SEEDED.matcher(again);
        assertTrue(seeded.matches(), again);
        assertEquals("0", seeded.group(1));
        assertEquals("12", seeded.group(3));
    }

    @Test
    void refusesALatencyOrFaultRateOutOfRange() {
        String[][] refused = {{"--latency-ms", "-5", "--latency-ms must be between 0 and 60000 (got -5)"},
            {"--latency-ms", "60001", "--latency-ms must be between 0 and 60000 (got 60001)"},
            {"--fault-rate", "1.5", "--fault-rate must be between 0 and 1, a share of calls such as 0.05 (got 1.5)"},
            {"--fault-rate", "-0.1", "--fault-rate must be between 0 and 1"}};
        for (String[] option : refused) {
            StringWriter refusal = new StringWriter();
            int exitCode = ConsoleCommand.run(new String[] {"emulator", "--port", "0", "--data",
                dataDirectory.toString(), option[0], option[1]}, new PrintWriter(out, true),
                new PrintWriter(refusal, true));

            assertEquals(ConsoleCommand.EXIT_USAGE, exitCode, option[0] + " " + option[1]);
            assertTrue(refusal.toString().contains(option[2]), refusal::toString);
        }
        assertEquals("", out.toString());
    }

    @Test
    void aLatencyDelaysEveryAnswer() throws Exception {
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread command = runInBackground(exitCode, "emulator", "--port", "0", "--data", dataDirectory.toString(),
            "--latency-ms", "300");
        SignedClient client = new SignedClient(awaitBaseUrl(), SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET);
        client.get("ListInstances").send();

        long started = System.nanoTime();
        assertEquals(200, client.get("ListInstances").send().status());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        command.interrupt();
        command.join(TimeUnit.SECONDS.toMillis(20));

        assertTrue(millis >= 300, "answered after " + millis + " ms");
    }

    @Test
    void refusesANegativeOrTooLargeSeedDevicesCount() {
        for (String count : new String[] {"-1", "1000001"}) {
            StringWriter refusal = new StringWriter();
            int exitCode = ConsoleCommand.run(new String[] {"emulator", "--port", "0", "--data",
                dataDirectory.toString(), "--seed-devices", count}, new PrintWriter(out, true),
                new PrintWriter(refusal, true));

            assertEquals(ConsoleCommand.EXIT_USAGE, exitCode);
            assertTrue(refusal.toString().contains("--seed-devices must be between 0 and 1000000 (got " + count + ")"),
                refusal::toString);
        }
        assertEquals("", out.toString());
    }

    @Test
    void refusesASeedDevicesValueThatIsNotANumberNamingTheValue() {
        int exitCode = ConsoleCommand.run(new String[] {"emulator", "--port", "0", "--data",
            dataDirectory.toString(), "--seed-devices", "lots"}, new PrintWriter(out, true),
            new PrintWriter(err, true));

        assertEquals(ConsoleCommand.EXIT_USAGE, exitCode);
        assertTrue(err.toString().contains("--seed-devices") && err.toString().contains("'lots'"), err::toString);
        assertFalse(err.toString().contains("Exception"), err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void reportsADatabaseThatCannotSeedDevicesAndDoesNotListen() {
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 1)) {
            SandboxSeed.seed(store, Instant.now());
            store.deleteCa(SandboxSeed.PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN);
        }

        int exitCode = ConsoleCommand.run(new String[] {"emulator", "--port", "0", "--data",
            dataDirectory.toString(), "--seed-devices", "5"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertEquals(EmulatorCommand.EXIT_START_FAILED, exitCode);
        assertTrue(err.toString().contains("did not start: The sandbox CA prod-root-rsa"), err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void acceptsAddedAccessKeysWithoutPrintingTheirSecrets() throws Exception {
        CompletableFuture<Emulator> started = new CompletableFuture<>();
        CommandLine command = new CommandLine(new EmulatorCommand(started::complete));
        command.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> command.execute("--port", "0",
            "--data", dataDirectory.toString(), "--access-key", "ci-key:ci-secret:with-colon"));
        Emulator emulator = started.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        try {
            SignedClient ci = new SignedClient(emulator.baseUrl(), "ci-key", "ci-secret:with-colon");
            assertEquals(200, inactivate(ci, SandboxSeed.PROD_ROOT_RSA_SN).status());
            assertFalse(out.toString().contains("ci-secret"));
        } finally {
            emulator.close();
        }
        assertEquals(0, exit.get(20, TimeUnit.SECONDS));
    }

    @Test
    void refusesAnAccessKeyWithoutASecret() {
        int exitCode = ConsoleCommand.run(new String[] {"emulator", "--port", "0", "--data",
            dataDirectory.toString(), "--access-key", "only-an-id"}, new PrintWriter(out, true),
            new PrintWriter(err, true));

        assertEquals(ConsoleCommand.EXIT_USAGE, exitCode);
        assertTrue(err.toString().contains("ID:SECRET"), err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void reportsAPortInUse() {
        try (Emulator occupant = Emulator.start(EmulatorConfig.defaults(dataDirectory.resolve("occupant")))) {
            int exitCode = ConsoleCommand.run(new String[] {"emulator", "--port", Integer.toString(occupant.port()),
                "--data", dataDirectory.resolve("second").toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));

            assertEquals(EmulatorCommand.EXIT_START_FAILED, exitCode);
            assertTrue(err.toString().contains("did not start"), err::toString);
        }
    }

    @Test
    void defaultsToPort18080AndTheUsersDataDirectory() {
        CommandLine command = new CommandLine(new EmulatorCommand());
        command.parseArgs();
        assertEquals(18080, (int) command.getCommandSpec().findOption("--port").getValue());
        assertEquals(Path.of(System.getProperty("user.home"), ".mqtt-ca-console", "emulator"),
            EmulatorCommand.defaultDataDirectory());
    }

    /**
     * A separate JVM runs {@code mqtt-ca-console emulator}; once a change was answered, the process is killed
     * (SIGKILL, no shutdown hook) and the database must still hold the change.
     */
    @Test
    void aKilledEmulatorLosesNoCommittedChange() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
            "io.mqttca.console.app.Main", "emulator", "--port", "0", "--data", dataDirectory.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(STARTUP.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(line, "the child emulator printed nothing");
            Matcher matcher = LINE.matcher(line + "\n");
            assertTrue(matcher.find(), line);
            SignedClient client = new SignedClient(matcher.group(1), SandboxSeed.DEMO_KEY_ID,
                SandboxSeed.DEMO_KEY_SECRET);
            assertEquals(200, inactivate(client, SandboxSeed.PROD_ROOT_RSA_SN).status());
            assertEquals(200, inactivate(client, SandboxSeed.STAGING_EC_SN).status());
        } finally {
            process.destroyForcibly();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        }

        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 1)) {
            assertFalse(store.findCa(SandboxSeed.PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN).orElseThrow()
                .active());
            assertFalse(store.findCa(SandboxSeed.PLATINUM_INSTANCE_ID, SandboxSeed.STAGING_EC_SN).orElseThrow()
                .active());
        }
    }
}
