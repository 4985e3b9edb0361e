package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.ApiAssertions.assertSuccess;
import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static io.mqttca.console.emulator.SandboxSeed.PROD_ROOT_RSA_SN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting again with {@code --seed-devices}: what is there stays, only what is missing is added. */
class DeviceFleetReseedTest {

    @TempDir
    Path dataDirectory;

    private static int devicesUnderProdRoot(Emulator emulator) {
        SignedClient.Response response = SignedClient.demo(emulator).get("ListDeviceCertificateByCaSn")
            .instance(PLATINUM_INSTANCE_ID).param("CaSn", PROD_ROOT_RSA_SN).param("PageNo", "1")
            .param("PageSize", "1").send();
        assertSuccess(response);
        return response.data().get("Total").asInt();
    }

    @Test
    void aSecondStartWithTheSameNumberAddsNothing() {
        try (Emulator first = Emulator.start(EmulatorConfig.defaults(dataDirectory).withSeedDevices(40))) {
            assertEquals(40, first.deviceSeed().orElseThrow().added());
            assertEquals(43, devicesUnderProdRoot(first));
        }
        try (Emulator second = Emulator.start(EmulatorConfig.defaults(dataDirectory).withSeedDevices(40))) {
            DeviceSeedResult result = second.deviceSeed().orElseThrow();
            assertEquals(0, result.added());
            assertEquals(40, result.already());
            assertEquals(43, devicesUnderProdRoot(second));
        }
    }

    @Test
    void aLargerNumberAddsOnlyTheMissingDevicesAfterTheHighest() {
        try (Emulator first = Emulator.start(EmulatorConfig.defaults(dataDirectory).withSeedDevices(25))) {
            assertEquals(28, devicesUnderProdRoot(first));
        }
        try (Emulator second = Emulator.start(EmulatorConfig.defaults(dataDirectory).withSeedDevices(60))) {
            DeviceSeedResult result = second.deviceSeed().orElseThrow();
            assertEquals(35, result.added());
            assertEquals(25, result.already());
            assertEquals(63, devicesUnderProdRoot(second));
            Page<DeviceCertificateRecord> page = second.store().listDevicesByCa(PLATINUM_INSTANCE_ID,
                PROD_ROOT_RSA_SN, 1, 100);
            assertEquals("device-000060", page.items().get(62).deviceName());
        }
    }

    @Test
    void aSmallerNumberRemovesNothing() {
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 2)) {
            SandboxSeed.seed(store, Instant.now());
            DeviceFleetSeed.seedUpTo(store, 30, Instant.now());
            DeviceSeedResult result = DeviceFleetSeed.seedUpTo(store, 10, Instant.now());
            assertEquals(0, result.added());
            assertEquals(30, result.already());
            assertEquals(33, store.listDevicesByCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN, 1, 1).total());
        }
    }

    @Test
    void withoutSeedDevicesNothingIsSeededOrReported() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory))) {
            assertTrue(emulator.deviceSeed().isEmpty());
            assertEquals(3, devicesUnderProdRoot(emulator));
        }
    }

    @Test
    void aDatabaseWithoutTheKeptKeyIsRefusedWithWhatToDo() throws Exception {
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 2)) {
            SandboxSeed.seed(store, Instant.now());
        }
        // A database seeded before device seeding existed has the table but no key in it.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:"
            + dataDirectory.toAbsolutePath().resolve("emulator"), "emulator", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM sandbox_fixture_key");
        }
        SeedException refused = assertThrows(SeedException.class,
            () -> Emulator.start(EmulatorConfig.defaults(dataDirectory).withSeedDevices(5)));
        assertTrue(refused.getMessage().contains("keeps no key for prod-root-rsa"), refused.getMessage());
        assertTrue(refused.getMessage().contains("new data directory (--data)"), refused.getMessage());
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 2)) {
            assertEquals(3, store.listDevicesByCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN, 1, 1).total());
        }
    }

    @Test
    void aDeletedProdRootIsRefusedAndItsKeptKeyWentWithIt() {
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 2)) {
            SandboxSeed.seed(store, Instant.now());
            assertTrue(store.fixtureKey(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN).isPresent());
            assertTrue(store.deleteCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN));
            assertFalse(store.fixtureKey(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN).isPresent());

            SeedException refused = assertThrows(SeedException.class,
                () -> DeviceFleetSeed.seedUpTo(store, 5, Instant.now()));
            assertTrue(refused.getMessage().contains("is no longer on post-cn-sandbox01"), refused.getMessage());
        }
    }

    @Test
    void onlyTheSeedsOwnCaHasAKeptKey() {
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 2)) {
            SandboxSeed.seed(store, Instant.now());
            for (CaCertificateRecord ca : store.listCas(PLATINUM_INSTANCE_ID, 1, 100).items()) {
                assertEquals(ca.sn().equals(PROD_ROOT_RSA_SN), store.fixtureKey(PLATINUM_INSTANCE_ID, ca.sn())
                    .isPresent(), ca.name());
            }
        }
    }
}
