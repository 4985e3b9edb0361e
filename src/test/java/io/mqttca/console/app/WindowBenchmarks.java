package io.mqttca.console.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;

/** What the window benchmarks share: work on the FX thread, percentiles, RSS, and the filter typing probe. */
final class WindowBenchmarks {

    private WindowBenchmarks() {
    }

    static <T> T onFx(Callable<T> work) throws Exception {
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

    static int visibleRows(ConsoleWindow window) {
        return (int) window.stage().getScene().getRoot().lookupAll(".table-row-cell").stream()
            .filter(node -> node.isVisible() && node.getParent() != null).count();
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String rss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS"))
            .map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
    }

    /** One keystroke's cost: the filter itself, and the CSS and layout pass of the pulse that shows it. */
    record Keystroke(double filterMillis, double pulseMillis, double latencyMillis) {
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
    static final class FilterTyping {
        private static final long PAUSE_BETWEEN_KEYS_MILLIS = 120;

        private final ConsoleWindow window;
        private final StringProperty filter;
        private volatile Pending pending;

        FilterTyping(ConsoleWindow window, StringProperty filter) {
            this.window = window;
            this.filter = filter;
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

        private Keystroke type(String text) throws Exception {
            Pending current = new Pending();
            Platform.runLater(() -> {
                current.keyStart = System.nanoTime();
                filter.set(text);
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
