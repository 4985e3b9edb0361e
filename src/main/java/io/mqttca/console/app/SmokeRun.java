package io.mqttca.console.app;

import io.mqttca.console.ui.common.ListState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * A smoke run: once the window's CA table has loaded (or failed to), print {@code ready in N ms, M certificates}
 * (N counted from the start of the process), optionally write a PNG of the window, and exit. Installer checks and
 * start-up benchmarks use it.
 */
final class SmokeRun {

    private static final Set<ListState> SETTLED = Set.of(ListState.READY, ListState.EMPTY, ListState.ERROR);

    private final ConsoleWindow window;
    private final Path screenshot;
    private final PrintStream out;

    SmokeRun(ConsoleWindow window, Path screenshot, PrintStream out) {
        this.window = window;
        this.screenshot = screenshot;
        this.out = out;
    }

    /**
     * Waits (on the FX thread, without blocking it) for the first load of the table to end, then reports; completes
     * with the exit code.
     */
    CompletableFuture<Integer> start() {
        CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        var list = window.certificates().list();
        boolean[] sawLoading = {list.loadingProperty().get()};
        InvalidationListener check = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                sawLoading[0] |= list.loadingProperty().get();
                ListState state = list.stateProperty().get();
                if (sawLoading[0] && !list.loadingProperty().get() && SETTLED.contains(state)) {
                    list.loadingProperty().removeListener(this);
                    list.stateProperty().removeListener(this);
                    // One more pulse so the rows are laid out before the snapshot.
                    Platform.runLater(() -> exitCode.complete(report(state)));
                }
            }
        };
        list.loadingProperty().addListener(check);
        list.stateProperty().addListener(check);
        return exitCode;
    }

    private int report(ListState state) {
        long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        int count = window.certificates().list().rows().size();
        if (state == ListState.ERROR) {
            out.println("smoke failed after " + elapsed + " ms: "
                + window.certificates().list().loadFailureProperty().get());
            return 1;
        }
        out.println("ready in " + elapsed + " ms, " + count + (count == 1 ? " certificate" : " certificates"));
        if (screenshot != null) {
            // The snapshot must be taken on the FX thread; encoding and writing it need not be.
            WritableImage image = window.stage().getScene().snapshot(null);
            return CompletableFuture.supplyAsync(() -> write(image)).join() ? 0 : 1;
        }
        return 0;
    }

    private boolean write(WritableImage image) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        try {
            Path parent = screenshot.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(buffered, "png", screenshot.toFile());
            out.println("screenshot written to " + screenshot);
            return true;
        } catch (IOException e) {
            out.println("cannot write the screenshot " + screenshot + ": " + e.getMessage());
            return false;
        }
    }
}
