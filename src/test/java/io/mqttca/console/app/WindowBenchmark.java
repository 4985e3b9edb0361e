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
            FilterTyping typing = onFx(() -> new FilterTyping(window));
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

    private static int visibleRows(ConsoleWindow window) {
        return (int) window.stage().getScene().getRoot().lookupAll(".table-row-cell").stream()
            .filter(node -> node.isVisible() && node.getParent() != null).count();
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String rss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS"))
            .map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
    }

    /** One keystroke's cost: the filter itself, and the CSS and layout pass of the pulse that shows it. */
    private record Keystroke(double filterMillis, double pulseMillis, double latencyMillis) {
        double workMillis() {
            return filterMillis + pulseMillis;
        }
    }

    /**
     * Types into the filter one character at a time, at a fast typist's pace, and times each keystroke the way
     * the toolkit runs it: the filter on the FX thread, then the next pulse's CSS and layout passes (between the
     * scene's pre- and post-layout pulse listeners). The whole-scene applyCss() a benchmark might call instead
     * restyles every node and measures something the window never does.
     */
    private static final class FilterTyping {
        private static final long PAUSE_BETWEEN_KEYS_MILLIS = 120;

        private final ConsoleWindow window;
        private volatile Pending pending;

        FilterTyping(ConsoleWindow window) {
            this.window = window;
            window.stage().getScene().addPreLayoutPulseListener(() -> {
                Pending current = pending;
                if (current != null && current.pulseStart == 0) {
                    current.pulseStart = System.nanoTime();
                }
            });
            window.stage().getScene().addPostLayoutPulseListener(() -> {
                Pending current = pending;
                if (current != null && current.pulseStart != 0) {
                    pending = null;
                    long end = System.nanoTime();
                    current.done.complete(new Keystroke(current.filterMillis, (end - current.pulseStart) / 1e6,
                        (end - current.keyStart) / 1e6));
                }
            });
        }

        List<Keystroke> typeAndClear(String text) throws Exception {
            List<Keystroke> keystrokes = new ArrayList<>();
            for (int i = 1; i <= text.length(); i++) {
                keystrokes.add(type(text.substring(0, i)));
                Thread.sleep(PAUSE_BETWEEN_KEYS_MILLIS);
            }
            type("");
            Thread.sleep(PAUSE_BETWEEN_KEYS_MILLIS);
            return keystrokes;
        }

        private Keystroke type(String filter) throws Exception {
            Pending current = new Pending();
            Platform.runLater(() -> {
                current.keyStart = System.nanoTime();
                window.certificates().list().filterTextProperty().set(filter);
                current.filterMillis = (System.nanoTime() - current.keyStart) / 1e6;
                pending = current;
                Platform.requestNextPulse();
            });
            return current.done.get(30, TimeUnit.SECONDS);
        }
    }

    private static final class Pending {
        final CompletableFuture<Keystroke> done = new CompletableFuture<>();
        long keyStart;
        volatile long pulseStart;
        double filterMillis;
    }
}
