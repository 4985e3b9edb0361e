package io.mqttca.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttca.console.emulator.EmulatorStore;
import io.mqttca.console.emulator.SandboxSeed;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's {@code --seed-devices N} reaches the embedded sandbox's emulator. */
class SandboxDeviceSeedTest {

    @TempDir
    Path emulatorDirectory;

    @Test
    void theSandboxSeedsTheAskedDevicesBeforeItAnswers() {
        try (Sandbox sandbox = new Sandbox(emulatorDirectory, 20)) {
            sandbox.endpoint();
        }
        try (EmulatorStore store = EmulatorStore.open(emulatorDirectory, 1)) {
            assertEquals(23, store.listDevicesByCa(SandboxSeed.PLATINUM_INSTANCE_ID, SandboxSeed.PROD_ROOT_RSA_SN,
                1, 1).total());
        }
    }
}
