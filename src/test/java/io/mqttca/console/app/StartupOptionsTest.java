package io.mqttca.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    @Test
    void readsSmokeScreenshotDataAndTheme() {
        StartupOptions options = StartupOptions.parse(
            List.of("--data", "/tmp/d", "--smoke", "--screenshot=/tmp/s.png", "--theme", "dark"));

        assertEquals(Path.of("/tmp/d"), options.dataDirectory());
        assertTrue(options.smoke());
        assertEquals(Path.of("/tmp/s.png"), options.screenshot());
        assertEquals("dark", options.theme());
    }

    @Test
    void noArgumentsMeanAnOrdinaryStart() {
        StartupOptions options = StartupOptions.parse(List.of());

        assertNull(options.dataDirectory());
        assertFalse(options.smoke());
        assertNull(options.theme());
    }

    @Test
    void seedDevicesIsReadInBothFormsAndIsNoneByDefault() {
        assertEquals(2500, StartupOptions.parse(List.of("--seed-devices", "2500")).seedDevices());
        assertEquals(7, StartupOptions.parse(List.of("--smoke", "--seed-devices=7")).seedDevices());
        assertEquals(0, StartupOptions.parse(List.of("--smoke")).seedDevices());
    }

    @Test
    void aSeedDevicesValueThatIsNoCountIsRefusedWithTheRange() {
        for (String value : new String[] {"lots", "-3", "1000001", "1e5"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StartupOptions.parse(List.of("--seed-devices", value)));
            assertTrue(error.getMessage().startsWith("--seed-devices takes a number from 0 to 1000000, not "),
                error.getMessage());
            assertTrue(error.getMessage().contains(value), error.getMessage());
        }
    }

    @Test
    void anUnknownThemeIsRefusedWithTheChoices() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> StartupOptions.parse(List.of("--theme", "blue")));
        assertTrue(error.getMessage().contains("light or dark"));
    }
}
