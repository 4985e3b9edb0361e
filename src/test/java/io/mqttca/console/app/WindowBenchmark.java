package io.mqttca.console.app;

import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
            while (onFx(() -> window.certificates().rows().size()) < 10_000
                || onFx(() -> window.certificates().loadingProperty().get())) {
                Thread.sleep(20);
            }
            System.out.printf(Locale.ROOT, "window opened and %d CAs loaded in %.2f s%n",
                onFx(() -> window.certificates().rows().size()), (System.nanoTime() - loadStart) / 1e9);

            String typed = "bulk-ca-0999";
            for (int round = 0; round < 3; round++) {
                List<Double> millis = new ArrayList<>();
                List<Double> filterOnly = new ArrayList<>();
                for (int i = 1; i <= typed.length(); i++) {
                    String text = typed.substring(0, i);
                    millis.add(onFx(() -> {
                        long start = System.nanoTime();
                        window.certificates().filterTextProperty().set(text);
                        filterOnly.add((System.nanoTime() - start) / 1e6);
                        window.stage().getScene().getRoot().applyCss();
                        window.stage().getScene().getRoot().layout();
                        return (System.nanoTime() - start) / 1e6;
                    }));
                }
                onFx(() -> {
                    window.certificates().filterTextProperty().set("");
                    return null;
                });
                System.out.printf(Locale.ROOT, "filter round %d: per keystroke max %.1f ms, median %.1f ms"
                    + " (filtering and sorting alone: median %.1f ms)%n", round + 1, Collections.max(millis),
                    median(millis), median(filterOnly));
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

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String rss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS"))
            .map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
    }
}
