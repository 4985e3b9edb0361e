package io.mqttca.console.service;

import io.mqttca.console.cert.CertificateFiles;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.ChainCheckResult;
import io.mqttca.console.cert.DeviceChainCheck;
import io.mqttca.console.cert.InspectionResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The service layer's door to the local certificate engine for the window: reads chosen, dropped or pasted input
 * (folders searched for certificate files) and classifies it, and checks device certificates against their CA,
 * always on the given executor, so that no file is read and no certificate parsed on the caller's thread. Nothing
 * here touches the network.
 */
public final class LocalCertificates {

    private final CertificateInspector inspector = new CertificateInspector();
    private final Executor executor;
    private final Clock clock;

    /** @param executor where files are read and parsed (the background pool, never the UI thread) */
    public LocalCertificates(Executor executor) {
        this(executor, Clock.systemUTC());
    }

    /**
     * @param executor where files are read and parsed (the background pool, never the UI thread)
     * @param clock    what "now" is for validity checks
     */
    public LocalCertificates(Executor executor, Clock clock) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
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

    /**
     * How a device certificate stands against the CA that should have issued it, at the clock's time when the check
     * runs ({@link DeviceChainCheck}); an unreadable PEM is a finding of the result, not a failed future.
     */
    public CompletableFuture<ChainCheckResult> checkDeviceChain(String devicePem, String caPem) {
        return CompletableFuture.supplyAsync(() -> DeviceChainCheck.check(devicePem, caPem, clock.instant()),
            executor);
    }
}
