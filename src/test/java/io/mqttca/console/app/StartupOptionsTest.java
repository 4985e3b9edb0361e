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
    void anUnknownThemeIsRefusedWithTheChoices() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> StartupOptions.parse(List.of("--theme", "blue")));
        assertTrue(error.getMessage().contains("light or dark"));
    }
}
