package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/op");

    @Test
    void linuxUsesADotDirectoryInHome() {
        assertEquals(HOME.resolve(".mqtt-ca-console"), DataDirectory.standardPath("Linux", Map.of(), HOME));
    }

    @Test
    void linuxHonoursAnAbsoluteXdgDataHome() {
        assertEquals(Path.of("/data/xdg/mqtt-ca-console"),
            DataDirectory.standardPath("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME));
        assertEquals(HOME.resolve(".mqtt-ca-console"),
            DataDirectory.standardPath("Linux", Map.of("XDG_DATA_HOME", "relative"), HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/op/AppData/Roaming").resolve("MQTT CA Console"),
            DataDirectory.standardPath("Windows 11", Map.of("APPDATA", "C:/Users/op/AppData/Roaming"), HOME));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(HOME.resolve("Library/Application Support/MQTT CA Console"),
            DataDirectory.standardPath("Mac OS X", Map.of(), HOME));
    }

    @Test
    void filesLiveUnderTheRoot() {
        DataDirectory data = new DataDirectory(Path.of("/tmp/x"));
        assertEquals(Path.of("/tmp/x/journal.jsonl"), data.journalFile());
        assertEquals(Path.of("/tmp/x/emulator"), data.emulatorDirectory());
    }
}
