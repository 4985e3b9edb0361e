package io.mqttca.console.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.DataDirectory;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ca} subcommands against an in-process emulator, credentials from the (test) environment. */
class CaCommandTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;

    @TempDir
    Path dir;

    private Emulator emulator;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dir.resolve("emulator")));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private int runWithKey(String keyId, String secret, String... args) {
        return runOn(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", keyId, "ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret),
            INSTANCE, args);
    }

    private int runOn(Map<String, String> environment, String instance, String... args) {
        CliContext context = new CliContext(environment, dir, Clock.fixed(Instant.now(), ZoneOffset.UTC));
        DefaultServiceConnector connector = new DefaultServiceConnector(new DataDirectory(dir.resolve("data")));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--instance", instance, "--endpoint", emulator.baseUrl()));
        return ConsoleCommand.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
            connector, context);
    }

    private int run(String... args) {
        return runWithKey(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET, args);
    }

    @Test
    void listJsonHasTheDocumentedFieldsForEveryCa() throws Exception {
        assertEquals(0, run("ca", "list", "--json"), err.toString());

        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertEquals(6, array.size());
        for (JsonNode ca : array) {
            List<String> names = new ArrayList<>();
            ca.fieldNames().forEachRemaining(names::add);
            assertEquals(Set.of("caName", "sn", "status", "validBegin", "validEnd", "subjectCommonName"),
                Set.copyOf(names));
            assertTrue(Set.of("ACTIVE", "INACTIVE").contains(ca.get("status").asText()));
            assertTrue(ca.get("validEnd").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                ca.get("validEnd").asText());
        }
    }

    @Test
    void listTextShowsATableWithExpiryMarkers() {
        assertEquals(0, run("ca", "list"), err.toString());

        String text = out.toString();
        assertTrue(text.startsWith("NAME"), text);
        assertTrue(text.contains("EXPIRED") && text.contains("expires in"), text);
        assertTrue(text.contains(SandboxSeed.LEGACY_INACTIVE_SN + "  "), text);
    }

    @Test
    void anAccountLimitIsTakenAndANonsenseOneRefusedByName() {
        assertEquals(0, run("ca", "activate", "--calls-per-second", "50", "--sn", SandboxSeed.LEGACY_INACTIVE_SN),
            err.toString());
        assertTrue(out.toString().contains("1 succeeded, 0 failed in "), out.toString());

        assertEquals(ConsoleCommand.EXIT_USAGE,
            run("ca", "activate", "--calls-per-second", "0", "--sn", SandboxSeed.LEGACY_INACTIVE_SN));
        assertTrue(err.toString().contains("--calls-per-second must be between 1 and 100000, was 0"),
            err.toString());
    }

    @Test
    void activatePrintsOneLinePerItemAndASummary() {
        int exit = run("ca", "activate", "--sn", SandboxSeed.LEGACY_INACTIVE_SN);

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("OK      " + SandboxSeed.LEGACY_INACTIVE_SN + "  RequestId="),
            out.toString());
        assertTrue(out.toString().contains("1 succeeded, 0 failed in "), out.toString());
        assertTrue(emulator.store().findCa(INSTANCE, SandboxSeed.LEGACY_INACTIVE_SN).orElseThrow().active());
    }

    @Test
    void aFailedItemExitsWith3AndShowsItsCodeAndRequestId() throws Exception {
        Path snFile = dir.resolve("sns.txt");
        Files.writeString(snFile, "# CAs to retire\n" + SandboxSeed.EXPIRED_SN + "\n\n00ffffffff\n");

        int exit = run("ca", "deactivate", "--sn-file", snFile.toString());

        assertEquals(CaCommand.EXIT_FAILED, exit);
        assertTrue(out.toString().contains("FAILED  00ffffffff  Code=FindCaBySnError  RequestId="), out.toString());
        assertTrue(out.toString().contains("1 succeeded, 1 failed in "), out.toString());
    }

    @Test
    void aReadOnlyKeyIsRefusedWithPermissionCheckFailed() {
        int exit = runWithKey(SandboxSeed.READ_ONLY_KEY_ID, SandboxSeed.READ_ONLY_KEY_SECRET,
            "ca", "delete", "--yes", "--sn", SandboxSeed.PROD_ROOT_RSA_SN);

        assertEquals(CaCommand.EXIT_FAILED, exit);
        assertTrue(out.toString().contains("Code=PermissionCheckFailed"), out.toString());
        assertTrue(emulator.store().findCa(INSTANCE, SandboxSeed.PROD_ROOT_RSA_SN).isPresent());
    }

    @Test
    void getShowsThePemAndAnUnknownSnFailsWithTheServiceFacts() {
        assertEquals(0, run("ca", "get", "--sn", SandboxSeed.PROD_ROOT_RSA_SN));
        assertTrue(out.toString().contains("-----BEGIN CERTIFICATE-----"), out.toString());

        assertEquals(CaCommand.EXIT_FAILED, run("ca", "get", "--sn", "00aa"));
        assertTrue(err.toString().contains("Code: FindCaBySnError") && err.toString().contains("RequestId: "),
            err.toString());
    }

    @Test
    void noSnIsAUsageError() {
        assertEquals(ConsoleCommand.EXIT_USAGE, run("ca", "activate"));
        assertTrue(err.toString().contains("No Sn given"), err.toString());
    }

    @Test
    void anUnknownAccessKeyShowsTheCloudError() {
        assertEquals(CaCommand.EXIT_FAILED, runWithKey("nobody", "s3cr3t-never-shown", "ca", "list"));
        assertTrue(err.toString().contains("InvalidAccessKeyId.NotFound"), err.toString());
        assertFalse(err.toString().contains("s3cr3t-never-shown"), "the secret is never echoed");
    }

    private static final Map<String, String> DEMO_KEY = Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", SandboxSeed.DEMO_KEY_ID,
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SandboxSeed.DEMO_KEY_SECRET);

    /** The one error object a failed --json command prints on stdout. */
    private JsonNode jsonError() throws Exception {
        JsonNode root = new ObjectMapper().readTree(out.toString());
        List<String> names = new ArrayList<>();
        root.get("error").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("code", "message", "requestId", "explanation", "action"), names);
        assertEquals(1, root.size(), root.toString());
        return root.get("error");
    }

    @Test
    void aFailedListWithJsonPrintsOneErrorObjectAndTheTextOnStderr() throws Exception {
        assertEquals(CaCommand.EXIT_FAILED, runOn(DEMO_KEY, "post-cn-nosuchinstance", "ca", "list", "--json"));

        JsonNode error = jsonError();
        assertFalse(error.get("code").asText().isEmpty(), error.toString());
        assertFalse(error.get("requestId").isNull(), "the service answered: " + error);
        assertTrue(err.toString().startsWith("error: ") && err.toString().contains("Code: " + error.get("code")
            .asText()), err.toString());
    }

    @Test
    void anUnknownSnWithJsonPrintsTheServiceFactsAsAnErrorObject() throws Exception {
        assertEquals(CaCommand.EXIT_FAILED, run("ca", "get", "--sn", "00aa", "--json"));

        JsonNode error = jsonError();
        assertEquals("FindCaBySnError", error.get("code").asText());
        assertTrue(err.toString().contains("RequestId: " + error.get("requestId").asText()), err.toString());
    }

    @Test
    void aLocalCheckOfGetWithJsonPrintsAnErrorObjectWithoutARequestId() throws Exception {
        assertEquals(CaCommand.EXIT_FAILED, run("ca", "get", "--sn", "a".repeat(129), "--json"));

        JsonNode error = jsonError();
        assertTrue(error.get("requestId").isNull(), "nothing was sent: " + error);
        assertTrue(emulator.requests().stream().noneMatch(r -> r.action().equals("GetCaCertificate")));
    }

    @Test
    void noCredentialsWithJsonPrintsAnErrorObjectWithCliAdvice() throws Exception {
        assertEquals(CaCommand.EXIT_FAILED, runOn(Map.of(), INSTANCE, "ca", "activate", "--sn", "01", "--json"));

        JsonNode error = jsonError();
        assertEquals("Credentials.NOT_FOUND", error.get("code").asText());
        assertTrue(error.get("action").asText().contains("--profile"), error.toString());
        assertFalse(error.get("action").asText().contains("for this session"), error.toString());
        assertTrue(err.toString().contains("  what to do: "), err.toString());
    }

    @Test
    void aConnectionFailureWithJsonPrintsAnErrorObject() throws Exception {
        CliContext context = new CliContext(DEMO_KEY, dir, Clock.systemUTC());
        DefaultServiceConnector connector = new DefaultServiceConnector(new DataDirectory(dir.resolve("data")));
        String closed = emulator.baseUrl();
        emulator.close();

        int exit = ConsoleCommand.run(new String[] {"ca", "list", "--json", "--instance", INSTANCE, "--endpoint",
            closed}, new PrintWriter(out, true), new PrintWriter(err, true), connector, context);

        assertEquals(CaCommand.EXIT_FAILED, exit);
        assertTrue(jsonError().get("requestId").isNull(), out.toString());
        assertTrue(err.toString().startsWith("error: "), err.toString());
    }

    @Test
    void getPrintsThePemOnAWriterThatFlushesOnlyAtLineEnds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CliContext context = new CliContext(DEMO_KEY, dir, Clock.systemUTC());
        DefaultServiceConnector connector = new DefaultServiceConnector(new DataDirectory(dir.resolve("data")));

        int exit = ConsoleCommand.run(new String[] {"ca", "get", "--sn", SandboxSeed.PROD_ROOT_RSA_SN, "--instance",
            INSTANCE, "--endpoint", emulator.baseUrl()}, new PrintWriter(bytes, true), new PrintWriter(err, true),
            connector, context);

        assertEquals(0, exit, err.toString());
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.stripTrailing().endsWith("-----END CERTIFICATE-----"), "as System.out gets it: " + text);
    }

    @Test
    void aFailureRaisedLocallyDoesNotRepeatItsHeadlineAsMessageNorSpeakOfTheWindow() {
        assertEquals(CaCommand.EXIT_FAILED, runOn(Map.of(), INSTANCE, "ca", "list"));

        String text = err.toString();
        assertTrue(text.startsWith("error: No Alibaba Cloud AccessKey was found."), text);
        assertTrue(text.contains("  what to do: ") && text.contains("--profile"), text);
        assertTrue(text.contains("  Code: Credentials.NOT_FOUND\n"), text);
        assertFalse(text.contains("Message: "), text);
        assertFalse(text.contains("for this session"), text);
    }

    @Test
    void getTextPrintsThePemAfterTheFields() {
        assertEquals(0, run("ca", "get", "--sn", SandboxSeed.PROD_ROOT_RSA_SN));

        String text = out.toString();
        assertTrue(text.indexOf("Valid until: ") < text.indexOf("-----BEGIN CERTIFICATE-----"), text);
        assertTrue(text.stripTrailing().endsWith("-----END CERTIFICATE-----"), text);
    }
}
