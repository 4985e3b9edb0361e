package io.mqttca.console.service;

import io.mqttca.console.cert.CertificateFiles;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.InspectionResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The service layer's door to the local certificate engine for the window: reads chosen, dropped or pasted input
 * (folders searched for certificate files) and classifies it, always on the given executor, so that no file is read
 * and no certificate parsed on the caller's thread. Nothing here touches the network.
 */
public final class LocalCertificates {

    private final CertificateInspector inspector = new CertificateInspector();
    private final Executor executor;

    /** @param executor where files are read and parsed (the background pool, never the UI thread) */
    public LocalCertificates(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** What one file holds. */
    public CompletableFuture<InspectionResult> inspect(Path file) {
        return CompletableFuture.supplyAsync(() -> inspector.inspect(file), executor);
    }

    /** What pasted text holds; {@code source} names it in errors (e.g. "clipboard"). */
    public CompletableFuture<InspectionResult> inspectText(String text, String source) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        return CompletableFuture.supplyAsync(() -> inspector.inspect(data, source), executor);
    }

    /** What files and folders hold, one result per file, folders expanded to their certificate files. */
    public CompletableFuture<List<InspectionResult>> inspectAll(List<Path> paths) {
        List<Path> copy = List.copyOf(paths);
        return CompletableFuture.supplyAsync(() -> CertificateFiles.expand(copy).stream().map(inspector::inspect)
            .toList(), executor);
    }
}
