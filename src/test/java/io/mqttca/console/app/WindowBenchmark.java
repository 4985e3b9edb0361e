package io.mqttca.console.app;

import static io.mqttca.console.app.WindowBenchmarks.onFx;
import static io.mqttca.console.app.WindowBenchmarks.percentile;
import static io.mqttca.console.app.WindowBenchmarks.rss;
import static io.mqttca.console.app.WindowBenchmarks.visibleRows;

import io.mqttca.console.app.WindowBenchmarks.FilterTyping;
import io.mqttca.console.app.WindowBenchmarks.Keystroke;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.service.ChangeJournal;
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
 * Issue 4's benchmarks, run by hand in a real window (under Xvfb; see docs/benchmarks.md): loading an instance
 * with 10,000 extra CA certificates into the table, the filter's response per keystroke (filter, CSS and layout
 * of the table, measured on the FX thread), and the process's memory with that table shown.
 */
public final class WindowBenchmark {

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("mqtt-ca-window-bench");
        long seedStart = System.nanoTime();
        Emulator.start(EmulatorConfig.defaults(data.resolve("emulator")).withSeedCas(10_000)).close();
        System.out.printf(Locale.ROOT, "seeded in %.1f s%n", (System.nanoTime() - seedStart) / 1e9);

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        DataDirectory directory = new DataDirectory(data);
        try (Sandbox sandbox = new Sandbox(directory.emulatorDirectory())) {
            ChangeJournal journal = new ChangeJournal(directory.journalFile());
            ConsoleEnvironment environment = ConsoleEnvironment.standard(directory).withClock(Clock.systemUTC())
                .withConnector(new ConsoleConnector(sandbox, journal, Map.of(), data));
            CompletableFuture<ConsoleWindow> opened = new CompletableFuture<>();
            long loadStart = System.nanoTime();
            Platform.runLater(() -> opened.complete(ConsoleApplication.showMainWindow(new Stage(), environment)));
            ConsoleWindow window = opened.get(30, TimeUnit.SECONDS);
            while (onFx(() -> window.certificates().list().rows().size()) < 10_000
                || onFx(() -> window.certificates().list().loadingProperty().get())) {
                Thread.sleep(20);
            }
            System.out.printf(Locale.ROOT, "window opened and %d CAs loaded in %.2f s%n",
                onFx(() -> window.certificates().list().rows().size()), (System.nanoTime() - loadStart) / 1e9);

            String size = System.getProperty("size");
            if (size != null) {
                String[] widthAndHeight = size.split("x");
                onFx(() -> {
                    window.stage().setWidth(Double.parseDouble(widthAndHeight[0]));
                    window.stage().setHeight(Double.parseDouble(widthAndHeight[1]));
                    return null;
                });
                Thread.sleep(1000);
            }
            System.out.printf(Locale.ROOT, "window %.0fx%.0f, %d rows visible%n", onFx(() -> window.stage().getWidth()),
                onFx(() -> window.stage().getHeight()), onFx(() -> visibleRows(window)));
            FilterTyping typing = onFx(() -> new FilterTyping(window,
                window.certificates().list().filterTextProperty()));
            int rounds = Integer.getInteger("rounds", 5);
            List<Double> allWork = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                List<Keystroke> keystrokes = typing.typeAndClear(System.getProperty("typed", "bulk-ca-0999"));
                List<Double> work = keystrokes.stream().map(Keystroke::workMillis).toList();
                List<Double> latency = keystrokes.stream().map(Keystroke::latencyMillis).toList();
                if (round > 1) {
                    allWork.addAll(work);
                }
                System.out.printf(Locale.ROOT, "filter round %d: work per keystroke median %.1f ms, max %.1f ms;"
                    + " keystroke to laid-out table median %.1f ms, max %.1f ms; filtering alone median %.1f ms%n",
                    round, percentile(work, 50), percentile(work, 100), percentile(latency, 50),
                    percentile(latency, 100),
                    percentile(keystrokes.stream().map(Keystroke::filterMillis).toList(), 50));
                if (Boolean.getBoolean("verbose")) {
                    System.out.println("  work per keystroke: " + work);
                }
            }
            if (!allWork.isEmpty()) {
                System.out.printf(Locale.ROOT, "filter after the first round (%d keystrokes): work median %.1f ms,"
                    + " 95th percentile %.1f ms, max %.1f ms%n", allWork.size(), percentile(allWork, 50),
                    percentile(allWork, 95), percentile(allWork, 100));
            }
            System.gc();
            Thread.sleep(500);
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap used after GC: %d MB; process RSS: %s%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), rss());
            Platform.runLater(window::close);
        }
        Platform.exit();
    }
}
