package io.mqttca.console.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqttca.console.emulator.DeviceCertificateRecord;
import io.mqttca.console.emulator.SandboxSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code device} subcommands against an in-process emulator seeded like the sandbox. */
class DeviceCommandTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;
    private static final String PROD = SandboxSeed.PROD_ROOT_RSA_SN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private EmulatorCli cli;

    @BeforeEach
    void start() {
        cli = new EmulatorCli(dir);
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private List<DeviceCertificateRecord> seededDevices() {
        return cli.emulator.store().listDevices(INSTANCE, 1, 100).items();
    }

    private List<DeviceCertificateRecord> seededUnder(String caSn) {
        return seededDevices().stream().filter(device -> device.caSn().equals(caSn)).toList();
    }

    @Test
    void listJsonHasTheDocumentedFieldsForEveryDeviceOfTheInstance() throws Exception {
        assertEquals(0, cli.run("device", "list", "--json"), cli.err());

        JsonNode array = JSON.readTree(cli.out());
        assertEquals(seededDevices().size(), array.size(), "without --ca, the devices under every CA");
        assertTrue(cli.emulator.requests().stream().anyMatch(r -> r.action().equals("ListDeviceCertificate"))
            && cli.emulator.requests().stream().noneMatch(r -> r.action().equals("ListDeviceCertificateByCaSn")),
            "one instance-wide listing, not one per CA");
        for (JsonNode device : array) {
            List<String> names = new ArrayList<>();
            device.fieldNames().forEachRemaining(names::add);
            assertEquals(Set.of("deviceSn", "deviceName", "caSn", "status", "validBegin", "validEnd",
                "subjectCommonName"), Set.copyOf(names));
            assertTrue(device.get("validEnd").asText().endsWith("Z"), device.toString());
            DeviceCertificateRecord seeded = cli.emulator.store().findDevice(INSTANCE,
                device.get("deviceSn").asText()).orElseThrow();
            assertEquals(seeded.active() ? "ACTIVE" : "INACTIVE", device.get("status").asText());
            assertEquals(seeded.deviceName(), device.get("subjectCommonName").asText(),
                "the CN parsed locally from the device certificate's PEM");
        }
    }

    @Test
    void listFiltersByCaStatusAndExpiryAndPrintsCsv() throws Exception {
        assertEquals(0, cli.run("device", "list", "--ca", PROD, "--status", "inactive", "--json"), cli.err());
        long inactive = seededUnder(PROD).stream().filter(device -> !device.active()).count();
        assertEquals(inactive, JSON.readTree(cli.out()).size());

        assertEquals(0, cli.run("device", "list", "--ca", PROD, "--csv"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("deviceSn,deviceName,caSn,status,validBegin,validEnd,subjectCommonName", lines.get(0));
        assertEquals(seededUnder(PROD).size() + 1, lines.size());

        Instant latestEnd = seededDevices().stream().map(DeviceCertificateRecord::validEnd).max(Instant::compareTo)
            .orElseThrow();
        long days = java.time.Duration.between(Instant.now(), latestEnd).toDays() + 1;
        assertEquals(0, cli.run("device", "list", "--expiring-within", String.valueOf(days), "--json"));
        assertEquals(seededDevices().size(), JSON.readTree(cli.out()).size());
        assertEquals(0, cli.run("device", "list", "--expiring-within", "0", "--json"));
        assertEquals(0, JSON.readTree(cli.out()).size(), "no seeded device has expired");
    }

    @Test
    void badFilterValuesAreUsageErrorsThatNameTheProblem() {
        assertEquals(1, cli.run("device", "list", "--status", "paused"));
        assertTrue(cli.err().contains("use active or inactive"), cli.err());
        assertEquals(1, cli.run("device", "list", "--json", "--csv"));
        assertTrue(cli.err().contains("--json or --csv"), cli.err());
    }

    @Test
    void getPrintsTheDeviceWithItsPem() throws Exception {
        DeviceCertificateRecord device = seededUnder(PROD).get(0);
        assertEquals(0, cli.run("device", "get", "--ca", PROD, "--sn", device.deviceSn(), "--json"), cli.err());
        JsonNode node = JSON.readTree(cli.out());
        assertEquals(device.deviceSn(), node.get("deviceSn").asText());
        assertTrue(node.get("pem").asText().contains("BEGIN CERTIFICATE"), node.toString());

        assertEquals(0, cli.run("device", "get", "--ca", PROD, "--sn", device.deviceSn()), cli.err());
        assertTrue(cli.out().contains("Device Sn:   " + device.deviceSn()), cli.out());
    }

    @Test
    void aMissingDeviceFailsWithTheServicesCodeAndOneJsonError() throws Exception {
        assertEquals(CaCommand.EXIT_FAILED, cli.run("device", "get", "--ca", PROD, "--sn", "0badd0", "--json"));
        JsonNode error = JSON.readTree(cli.out()).get("error");
        assertEquals("FindDeviceBySnError", error.get("code").asText());
        assertFalse(error.get("requestId").isNull(), "the RequestId support asks for");
    }

    @Test
    void deactivatePrintsOneLinePerItemAndExitsThreeWhenAnyFailed() throws Exception {
        DeviceCertificateRecord active = seededUnder(PROD).stream().filter(DeviceCertificateRecord::active)
            .findFirst().orElseThrow();
        Path file = Files.writeString(dir.resolve("devices.txt"), "# to cut off\n" + active.deviceSn() + "\n\n");

        int exit = cli.run("device", "deactivate", "--ca", PROD, "--sn-file", file.toString(), "--sn", "0badd0");

        assertEquals(CaCommand.EXIT_FAILED, exit, cli.out() + cli.err());
        assertTrue(cli.out().lines().anyMatch(line -> line.startsWith("OK      " + active.deviceSn()
            + "  RequestId=")), cli.out());
        assertTrue(cli.out().lines().anyMatch(line -> line.startsWith("FAILED  0badd0  Code=FindDeviceBySnError")),
            cli.out());
        assertTrue(cli.out().contains("1 succeeded, 1 failed in "), cli.out());
        assertFalse(cli.emulator.store().findDevice(INSTANCE, active.deviceSn()).orElseThrow().active());

        assertEquals(0, cli.run("device", "activate", "--ca", PROD, "--sn", active.deviceSn(), "--json"));
        JsonNode item = JSON.readTree(cli.out()).get(0);
        assertEquals("SUCCEEDED", item.get("outcome").asText());
        assertEquals("ACTIVATE_DEVICE", item.get("action").asText());
        assertTrue(cli.emulator.store().findDevice(INSTANCE, active.deviceSn()).orElseThrow().active());
    }

    @Test
    void deleteRemovesOnlyTheGivenRegistration() {
        DeviceCertificateRecord device = seededUnder(PROD).get(0);
        int before = seededDevices().size();

        assertEquals(0, cli.run("device", "delete", "--yes", "--ca", PROD, "--sn", device.deviceSn()),
            cli.out() + cli.err());

        assertTrue(cli.emulator.store().findDevice(INSTANCE, device.deviceSn()).isEmpty());
        assertEquals(before - 1, seededDevices().size());
    }

    @Test
    void noSnIsAUsageError() {
        assertEquals(1, cli.run("device", "activate", "--ca", PROD));
        assertTrue(cli.err().contains("No Sn given"), cli.err());
    }
}
