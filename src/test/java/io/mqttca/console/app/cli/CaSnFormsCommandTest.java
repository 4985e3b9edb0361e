package io.mqttca.console.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqttca.console.cert.TestCertificates;
import io.mqttca.console.emulator.CaCertificateRecord;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.DataDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@code ca} subcommand that takes an Sn takes it in any common form. The seeded CA {@code prod-root-rsa}
 * has the Sn {@code 00f26900ba87a1c3d5}: openssl prints its serial as {@code F26900BA87A1C3D5}, {@code -text} as
 * {@code 00:f2:69:…}, and in decimal it is 17467493430872622037.
 */
class CaSnFormsCommandTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;
    private static final String PROD = SandboxSeed.PROD_ROOT_RSA_SN;
    private static final String DECIMAL = "17467493430872622037";

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

    private int run(String... args) {
        CliContext context = new CliContext(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", SandboxSeed.DEMO_KEY_ID,
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SandboxSeed.DEMO_KEY_SECRET), dir,
            Clock.fixed(Instant.now(), ZoneOffset.UTC));
        DefaultServiceConnector connector = new DefaultServiceConnector(new DataDirectory(dir.resolve("data")));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--instance", INSTANCE, "--endpoint", emulator.baseUrl()));
        return ConsoleCommand.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
            connector, context);
    }

    private boolean active(String sn) {
        return emulator.store().findCa(INSTANCE, sn).orElseThrow().active();
    }

    private long calls(String action) {
        return emulator.requests().stream().filter(r -> r.action().equals(action)).count();
    }

    /** Registers a CA with the given Sn directly in the emulator's store (the verification is not checked). */
    private void registerCa(String name, BigInteger serial, String sn) {
        Instant now = Instant.now();
        emulator.store().insertCaIfAbsent(new CaCertificateRecord(INSTANCE, sn, name, true,
            TestCertificates.certificate().serial(serial).pem(), TestCertificates.certificate().pem(), "code",
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(365)), now));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"F26900BA87A1C3D5", "f26900ba87a1c3d5", "00F26900BA87A1C3D5", "00:f2:69:00:ba:87:a1:c3:d5",
        "F2:69:00:BA:87:A1:C3:D5", DECIMAL})
    void deactivateTakesTheSnInAnyFormAndSaysWhichSnItUsed(String typed) {
        int exit = run("ca", "deactivate", "--sn", typed);

        assertEquals(0, exit, out + "\n" + err);
        assertTrue(out.toString().startsWith("OK      " + typed + "  RequestId="), out.toString());
        assertTrue(out.toString().contains("1 succeeded, 0 failed in "), out.toString());
        assertTrue(err.toString().contains("note: " + typed + " is not an Sn of the instance as given; used " + PROD
            + " (prod-root-rsa), the same serial read as " + (typed.equals(DECIMAL) ? "decimal" : "hex") + "."),
            err.toString());
        assertFalse(active(PROD));
    }

    @Test
    void theServicesOwnFormGoesThroughAsGivenWithoutListing() throws Exception {
        assertEquals(0, run("ca", "deactivate", "--json", "--sn", PROD), err.toString());

        JsonNode item = new ObjectMapper().readTree(out.toString()).get(0);
        assertEquals(PROD, item.get("sn").asText());
        assertEquals(PROD, item.get("usedSn").asText());
        assertTrue(item.get("snResolution").isNull(), item.toString());
        assertEquals("", err.toString().replaceAll("1 succeeded, 0 failed in .*\\n", ""));
        assertEquals(0, calls("ListCaCertificate"));
        assertEquals(1, calls("InactivateCaCertificate"));
    }

    @Test
    void activateAndDeleteResolveToo() {
        run("ca", "deactivate", "--sn", PROD);
        assertEquals(0, run("ca", "activate", "--sn", "F26900BA87A1C3D5"), err.toString());
        assertTrue(active(PROD));

        assertEquals(0, run("ca", "delete", "--yes", "--sn", DECIMAL), err.toString());
        assertTrue(emulator.store().findCa(INSTANCE, PROD).isEmpty());
    }

    @Test
    void jsonItemsAddTheSnUsedAndHowItWasFound() throws Exception {
        assertEquals(0, run("ca", "deactivate", "--json", "--sn", "F26900BA87A1C3D5"), err.toString());

        JsonNode item = new ObjectMapper().readTree(out.toString()).get(0);
        assertEquals("F26900BA87A1C3D5", item.get("sn").asText());
        assertEquals(PROD, item.get("usedSn").asText());
        assertEquals("RESOLVED", item.get("snResolution").asText());
        assertEquals("SUCCEEDED", item.get("outcome").asText());
        assertTrue(err.toString().contains("note: F26900BA87A1C3D5 is not an Sn of the instance as given; used "
            + PROD), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"F26900BA87A1C3D5", "00:F2:69:00:BA:87:A1:C3:D5", DECIMAL})
    void getTakesTheSnInAnyForm(String typed) throws Exception {
        assertEquals(0, run("ca", "get", "--json", "--sn", typed), err.toString());

        JsonNode ca = new ObjectMapper().readTree(out.toString());
        assertEquals(PROD, ca.get("sn").asText());
        assertEquals(PROD, ca.get("usedSn").asText());
        assertEquals("RESOLVED", ca.get("snResolution").asText());
        assertTrue(err.toString().startsWith("note: " + typed + " is not an Sn"), err.toString());
    }

    @Test
    void digitsThatReadAsTwoDifferentCasAreRefusedNamingBoth() {
        registerCa("hex-reading", new BigInteger("123456789", 16), "0123456789");
        registerCa("decimal-reading", new BigInteger("123456789"), "075bcd15");

        int exit = run("ca", "deactivate", "--sn", "123456789");

        assertEquals(CaCommand.EXIT_FAILED, exit);
        String line = out.toString();
        assertTrue(line.startsWith("FAILED  123456789  Code=FindCaBySnError  RequestId="), line);
        assertTrue(line.contains("Refused: 123456789 matches 2 different CA certificates, read as hex Sn 0123456789 "
            + "(hex-reading); read as decimal Sn 075bcd15 (decimal-reading); nothing was changed for it."), line);
        assertTrue(active("0123456789") && active("075bcd15"), "neither was deactivated");
        assertEquals(1, calls("InactivateCaCertificate"));
    }

    @Test
    void digitsWhoseHexReadingAloneMatchesAreResolved() {
        registerCa("hex-reading", new BigInteger("123456789", 16), "0123456789");

        assertEquals(0, run("ca", "deactivate", "--sn", "123456789"), out.toString());
        assertFalse(active("0123456789"));
        assertTrue(err.toString().contains("used 0123456789 (hex-reading), the same serial read as hex."),
            err.toString());
    }

    @Test
    void anSnThatMatchesNothingSaysWhichFormsWereTried() {
        int exit = run("ca", "deactivate", "--sn", "1000");

        assertEquals(CaCommand.EXIT_FAILED, exit);
        assertTrue(out.toString().contains("Tried 1000 as given, then read as hex (Sn 1000, decimal 4096) and read as "
            + "decimal (Sn 03e8, hex 03E8): no listed CA certificate has this serial."), out.toString());
        assertTrue(out.toString().contains("0 succeeded, 1 failed in "), out.toString());
    }

    @Test
    void getOfAnSnThatMatchesNothingSaysWhichFormsWereTriedWithTheServiceFacts() throws Exception {
        assertEquals(CaCommand.EXIT_FAILED, run("ca", "get", "--json", "--sn", "AB:CD"));

        JsonNode error = new ObjectMapper().readTree(out.toString()).get("error");
        assertEquals("FindCaBySnError", error.get("code").asText());
        assertFalse(error.get("requestId").isNull(), error.toString());
        assertTrue(error.get("explanation").asText().endsWith("Tried AB:CD as given, then read as hex (Sn 00abcd, "
            + "decimal 43981): no listed CA certificate has this serial."), error.toString());
        assertTrue(err.toString().contains("  Code: FindCaBySnError"), err.toString());
    }

    @Test
    void textThatIsNoSerialIsSentAsGivenAndSaysNothingElseWasTried() {
        assertEquals(CaCommand.EXIT_FAILED, run("ca", "activate", "--sn", "prod-root-rsa"));

        assertTrue(out.toString().contains("prod-root-rsa is neither hex nor decimal, so no other form of it was "
            + "tried."), out.toString());
        assertEquals(0, calls("ListCaCertificate"));
    }

    @Test
    void manySnsListTheCasOnceAndKeepTheirOrder() throws Exception {
        int exit = run("ca", "deactivate", "--json", "--sn", "F26900BA87A1C3D5", "--sn", SandboxSeed.EXPIRED_SN,
            "--sn", "7269004887E1F0A2", "--sn", "ffff01");

        assertEquals(CaCommand.EXIT_FAILED, exit);
        JsonNode items = new ObjectMapper().readTree(out.toString());
        List<String> outcomes = new ArrayList<>();
        items.forEach(item -> outcomes.add(item.get("sn").asText() + " " + item.get("outcome").asText() + " "
            + item.get("usedSn").asText()));
        assertEquals(List.of("F26900BA87A1C3D5 SUCCEEDED " + PROD,
            SandboxSeed.EXPIRED_SN + " SUCCEEDED " + SandboxSeed.EXPIRED_SN,
            "7269004887E1F0A2 SUCCEEDED " + SandboxSeed.LEGACY_INACTIVE_SN,
            "ffff01 FAILED ffff01"), outcomes);
        assertEquals(1, calls("ListCaCertificate"));
        assertTrue(err.toString().contains("error: ffff01: No CA certificate"), err.toString());
    }
}
