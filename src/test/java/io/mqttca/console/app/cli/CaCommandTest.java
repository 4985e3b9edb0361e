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
import java.io.PrintWriter;
import java.io.StringWriter;
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
        CliContext context = new CliContext(
            Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", keyId, "ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret), dir,
            Clock.fixed(Instant.now(), ZoneOffset.UTC));
        DefaultServiceConnector connector = new DefaultServiceConnector(new DataDirectory(dir.resolve("data")));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--instance", INSTANCE, "--endpoint", emulator.baseUrl()));
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
            "ca", "delete", "--sn", SandboxSeed.PROD_ROOT_RSA_SN);

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
}
