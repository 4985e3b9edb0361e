package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.ApiAssertions.assertSuccess;
import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static io.mqttca.console.emulator.SandboxSeed.PROD_ROOT_RSA_SN;
import static io.mqttca.console.emulator.SandboxSeed.STAGING_EC_SN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lifecycle: what a restart keeps, what close() releases, where the server listens. */
class EmulatorRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aRestartKeepsEveryCommittedChangeAndDoesNotSeedAgain() {
        String registeredSn;
        String registerCode;
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory))) {
            SignedClient client = SignedClient.demo(emulator);
            registerCode = emulator.store().findInstance(PLATINUM_INSTANCE_ID).orElseThrow().registerCode();
            TestCas ca = TestCas.ca("Survivor", BigInteger.valueOf(0x9001));
            registeredSn = ca.sn();
            assertSuccess(client.post("InactivateCaCertificate").instance(PLATINUM_INSTANCE_ID)
                .param("Sn", PROD_ROOT_RSA_SN).send());
            assertSuccess(client.post("DeleteCaCertificate").instance(PLATINUM_INSTANCE_ID)
                .param("Sn", STAGING_EC_SN).send());
            assertSuccess(client.post("RegisterCaCertificate").instance(PLATINUM_INSTANCE_ID)
                .param("CaName", "survivor").param("CaContent", ca.pem())
                .param("VerificationContent", ca.verificationPem(registerCode)).send());
        }

        try (Emulator restarted = Emulator.start(EmulatorConfig.defaults(dataDirectory))) {
            EmulatorStore store = restarted.store();
            assertFalse(store.findCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN).orElseThrow().active());
            assertTrue(store.findCa(PLATINUM_INSTANCE_ID, STAGING_EC_SN).isEmpty());
            assertEquals(0, store.listDevicesByCa(PLATINUM_INSTANCE_ID, STAGING_EC_SN, 1, 10).total());
            assertEquals("survivor", store.findCa(PLATINUM_INSTANCE_ID, registeredSn).orElseThrow().name());
            assertEquals(6, store.countCas(PLATINUM_INSTANCE_ID));
            assertEquals(registerCode, store.findInstance(PLATINUM_INSTANCE_ID).orElseThrow().registerCode());
            assertSuccess(SignedClient.demo(restarted).get("GetCaCertificate").instance(PLATINUM_INSTANCE_ID)
                .param("Sn", registeredSn).send());
        }
    }

    @Test
    void listensOnLoopbackAtAnEphemeralPortAndExposesItsBaseUrl() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory))) {
            assertTrue(emulator.port() > 0);
            assertEquals("http://127.0.0.1:" + emulator.port(), emulator.baseUrl());
        }
    }

    @Test
    void startsOnAChosenPort() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory).withPort(free))) {
            assertEquals(free, emulator.port());
            assertSuccess(SignedClient.demo(emulator).get("ListInstances").send());
        }
    }

    @Test
    void aPortInUseFailsTheStartAndReleasesTheDatabase() {
        try (Emulator first = Emulator.start(EmulatorConfig.defaults(dataDirectory))) {
            Path other = dataDirectory.resolve("second");
            assertThrows(UncheckedIOException.class,
                () -> Emulator.start(EmulatorConfig.defaults(other).withPort(first.port())));
            try (Emulator reopened = Emulator.start(EmulatorConfig.defaults(other))) {
                assertTrue(reopened.store().isSeeded());
            }
        }
    }

    @Test
    void closeStopsServingAndIsIdempotent() throws Exception {
        Emulator emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory));
        SignedClient client = SignedClient.demo(emulator);
        assertSuccess(client.get("ListInstances").send());

        emulator.close();
        emulator.close();
        emulator.awaitClosed();

        assertTrue(emulator.isClosed());
        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
            () -> client.get("ListInstances").send());
        assertTrue(refused.getCause() instanceof ConnectException, refused.toString());
    }
}
