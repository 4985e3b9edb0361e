package io.mqttca.console.app;

import io.mqttca.console.emulator.DeviceFleetSeed;
import java.nio.file.Path;
import java.util.List;

/**
 * The window's own command-line options: {@code --data DIR} (user data directory), {@code --smoke} (open on the
 * sandbox, wait for the table, print {@code ready in N ms, M certificates} and exit 0), {@code --screenshot FILE}
 * (with --smoke: write a PNG of the window), {@code --theme light|dark} and {@code --seed-devices N} (the embedded
 * sandbox fills {@code prod-root-rsa} up to N device certificates before it answers).
 *
 * @param dataDirectory the data directory, or null for the standard one
 * @param smoke         whether this is a smoke run
 * @param screenshot    where a smoke run writes its PNG, or null
 * @param theme         "light", "dark", or null to keep the remembered one
 * @param seedDevices   fleet device certificates the sandbox should hold, 0 for none
 */
public record StartupOptions(Path dataDirectory, boolean smoke, Path screenshot, String theme, int seedDevices) {

    /** Reads the options from the raw arguments; unknown arguments are left to JavaFX. */
    public static StartupOptions parse(List<String> args) {
        String data = value(args, "--data");
        String screenshot = value(args, "--screenshot");
        String theme = value(args, "--theme");
        if (theme != null && !theme.equals("light") && !theme.equals("dark")) {
            throw new IllegalArgumentException("--theme must be light or dark, not '" + theme + "'");
        }
        return new StartupOptions(data == null ? null : Path.of(data), args.contains("--smoke"),
            screenshot == null ? null : Path.of(screenshot), theme, seedDevices(value(args, "--seed-devices")));
    }

    private static int seedDevices(String value) {
        if (value == null) {
            return 0;
        }
        String range = "--seed-devices takes a number from 0 to " + DeviceFleetSeed.MAX_DEVICES;
        int count;
        try {
            count = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(range + ", not '" + value + "'");
        }
        if (count < 0 || count > DeviceFleetSeed.MAX_DEVICES) {
            throw new IllegalArgumentException(range + ", not " + count);
        }
        return count;
    }

    private static String value(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return null;
    }
}
