package io.mqttca.console.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the console keeps its state (profiles without secrets, window settings, the change journal, the sandbox
 * emulator's database), following each operating system's convention: {@code %APPDATA%\MQTT CA Console} on
 * Windows, {@code ~/Library/Application Support/MQTT CA Console} on macOS, and {@code ~/.mqtt-ca-console} on Linux
 * (or {@code $XDG_DATA_HOME/mqtt-ca-console} when that variable is set). {@code --data DIR} overrides it.
 */
public final class DataDirectory {

    private static final String APP_NAME = "MQTT CA Console";

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The conventional directory for this user and operating system. */
    public static DataDirectory standard() {
        return new DataDirectory(standardPath(System.getProperty("os.name", ""), System.getenv(),
            Path.of(System.getProperty("user.home"))));
    }

    /** The given directory, or the standard one when {@code override} is null. */
    public static DataDirectory of(Path override) {
        return override == null ? standard() : new DataDirectory(override);
    }

    static Path standardPath(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                : Path.of(appData)).resolve(APP_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("mqtt-ca-console");
        }
        return home.resolve(".mqtt-ca-console");
    }

    public Path root() {
        return root;
    }

    /** The change journal (JSON lines). */
    public Path journalFile() {
        return root.resolve("journal.jsonl");
    }

    /** Connection profiles (no secrets). */
    public Path profilesFile() {
        return root.resolve("profiles.json");
    }

    /** Window and display settings. */
    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    /** The sandbox emulator's data directory. */
    public Path emulatorDirectory() {
        return root.resolve("emulator");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
