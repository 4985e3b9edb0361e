package io.mqttca.console.app;

import static io.mqttca.console.app.WindowBenchmarks.onFx;
import static io.mqttca.console.app.WindowBenchmarks.percentile;
import static io.mqttca.console.app.WindowBenchmarks.rss;

import io.mqttca.console.app.WindowBenchmarks.FilterTyping;
import io.mqttca.console.app.WindowBenchmarks.Keystroke;
import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Issue 12's benchmarks, run by hand in a real window (under Xvfb; see docs/benchmarks.md): opening a CA with
 * 100,000 device certificates (time to the first rows, to the whole list), the filter's work per keystroke over
 * those rows, and the heap after GC with them loaded; each against the same measure, in the same run, for
 * staging-ec and its two devices — "100,000 must feel like 10".
 */
public final class DeviceScreenBenchmark {

    private static final String FLEET_CA = SandboxSeed.PROD_ROOT_RSA_SN;
    private static final String SMALL_CA = SandboxSeed.STAGING_EC_SN;

    private DeviceScreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int devices = Integer.getInteger("devices", 100_000);
        String given = System.getProperty("data");
        Path data = given != null ? Path.of(given) : Files.createTempDirectory("mqtt-ca-device-bench");
        // -Dendpoint: an emulator in its own process, so that the heap measured is the console's alone.
        String endpoint = System.getProperty("endpoint");
        if (endpoint == null) {
            long seedStart = System.nanoTime();
            Emulator.start(EmulatorConfig.defaults(data.resolve("emulator")).withSeedDevices(devices)).close();
            System.out.printf(Locale.ROOT, "%d fleet devices ready in %.1f s%n", devices,
                (System.nanoTime() - seedStart) / 1e9);
        }

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        DataDirectory directory = new DataDirectory(data);
        try (Sandbox sandbox = new Sandbox(directory.emulatorDirectory())) {
            ChangeJournal journal = new ChangeJournal(directory.journalFile());
            ConsoleEnvironment standard = ConsoleEnvironment.standard(directory).withClock(Clock.systemUTC());
            ConsoleEnvironment environment = endpoint == null
                ? standard.withConnector(new ConsoleConnector(sandbox, journal, Map.of(), data))
                : standard.withConnector((profile, key) -> Connections.open(profile.name(), Endpoint.of(endpoint),
                    Credentials.of(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET, "benchmark"), journal));
            CompletableFuture<ConsoleWindow> opened = new CompletableFuture<>();
            Platform.runLater(() -> opened.complete(ConsoleApplication.showMainWindow(new Stage(), environment)));
            ConsoleWindow window = opened.get(30, TimeUnit.SECONDS);
            while (onFx(() -> window.certificates().list().row(FLEET_CA).isEmpty())) {
                Thread.sleep(20);
            }
            int rounds = Integer.getInteger("rounds", 3);
            Measures small = measure(window, SMALL_CA, "sd", rounds);
            Measures fleet = measure(window, FLEET_CA, System.getProperty("typed", "device-09999"), rounds);
            System.out.printf(Locale.ROOT, "%n%-32s %14s %14s %8s%n", "", "2 devices", fleet.rows + " devices",
                "ratio");
            row("first rows on screen (s)", small.firstRows, fleet.firstRows);
            row("whole list loaded (s)", small.loaded, fleet.loaded);
            row("filter work median (ms)", small.filterMedian, fleet.filterMedian);
            row("filter work 95th pct. (ms)", small.filter95, fleet.filter95);
            row("filtering alone median (ms)", small.filterAloneMedian, fleet.filterAloneMedian);
            row("heap after GC (MB)", small.heapMb, fleet.heapMb);
            System.out.printf(Locale.ROOT, "process RSS with %d rows: %s%n", fleet.rows, fleet.rss);
            Map<String, long[]> withRows = HeapHistogram.live();
            onFx(() -> {
                window.devices().show(null);
                return null;
            });
            Thread.sleep(500);
            Map<String, long[]> without = HeapHistogram.live();
            long held = HeapHistogram.bytesGone(withRows, without);
            System.out.printf(Locale.ROOT, "live objects the %d rows held (class histogram with the list open"
                + " minus after it closed): %.1f MB, %.0f bytes a row%n", fleet.rows, held / (1024.0 * 1024),
                (double) held / fleet.rows);
            HeapHistogram.printLargestDifferences(withRows, without, 12);
            String rowClass = "io.mqttca.console.ui.devices.DeviceRow";
            System.out.printf(Locale.ROOT, "DeviceRow objects alive: %d with the list open, %d after it closed%n",
                withRows.getOrDefault(rowClass, new long[2])[0], without.getOrDefault(rowClass, new long[2])[0]);
            Platform.runLater(window::close);
        }
        Platform.exit();
    }

    private static double heapAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(300);
        System.gc();
        Thread.sleep(300);
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024);
    }

    private static void row(String what, double small, double fleet) {
        System.out.printf(Locale.ROOT, "%-32s %14.2f %14.2f %8.1f%n", what, small, fleet, fleet / small);
    }

    private record Measures(int rows, double firstRows, double loaded, double filterMedian, double filter95,
                            double filterAloneMedian, double heapMb, String rss) {
    }

    /** Opens the CA's devices, waits for the whole list, types into the filter, and weighs the heap. */
    private static Measures measure(ConsoleWindow window, String caSn, String typed, int rounds) throws Exception {
        long start = System.nanoTime();
        onFx(() -> {
            window.openDevicesOf(caSn);
            return null;
        });
        Thread.sleep(5);
        long firstRows = 0;
        while (onFx(() -> window.devices().list().loadingProperty().get()
            || window.devices().list().rows().isEmpty())) {
            if (firstRows == 0 && onFx(() -> !window.devices().list().rows().isEmpty())) {
                firstRows = System.nanoTime();
            }
            Thread.sleep(5);
        }
        long loaded = System.nanoTime();
        firstRows = firstRows == 0 ? loaded : firstRows;
        int rows = onFx(() -> window.devices().list().rows().size());
        System.out.printf(Locale.ROOT, "%s: %d rows, first after %.2f s, all after %.2f s%n", caSn, rows,
            (firstRows - start) / 1e9, (loaded - start) / 1e9);
        FilterTyping typing = onFx(() -> new FilterTyping(window, window.devices().list().filterTextProperty()));
        List<Double> work = new ArrayList<>();
        List<Double> alone = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<Keystroke> keystrokes = typing.typeAndClear(typed);
            if (Boolean.getBoolean("verbose")) {
                System.out.println("  work per keystroke, ms: " + keystrokes.stream()
                    .map(keystroke -> String.format(Locale.ROOT, "%.1f (filter %.1f)", keystroke.workMillis(),
                        keystroke.filterMillis())).toList());
            }
            if (round > 1 || rounds == 1) {
                keystrokes.forEach(keystroke -> {
                    work.add(keystroke.workMillis());
                    alone.add(keystroke.filterMillis());
                });
            }
        }
        double heapMb = heapAfterGc();
        Measures measures = new Measures(rows, (firstRows - start) / 1e9, (loaded - start) / 1e9,
            percentile(work, 50), percentile(work, 95), percentile(alone, 50), heapMb, rss());
        onFx(() -> {
            window.devices().list().filterTextProperty().set("");
            return null;
        });
        return measures;
    }
}
