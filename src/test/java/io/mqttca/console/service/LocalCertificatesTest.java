package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttca.console.cert.InputErrorCode;
import io.mqttca.console.cert.InspectionResult;
import io.mqttca.console.cert.TestCertificates;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCertificatesTest {

    @TempDir
    Path dir;

    private final List<Runnable> held = new ArrayList<>();
    private final LocalCertificates local = new LocalCertificates(held::add);

    private <T> T runHeld(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        List.copyOf(held).forEach(Runnable::run);
        return future.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aFolderIsExpandedToItsCertificateFiles() throws Exception {
        Files.createDirectories(dir.resolve("folder/sub"));
        Files.writeString(dir.resolve("folder/a.pem"), TestCertificates.certificate().serial(BigInteger.ONE).pem());
        Files.writeString(dir.resolve("folder/sub/b.crt"), TestCertificates.certificate().serial(BigInteger.TWO)
            .pem());
        Files.writeString(dir.resolve("folder/notes.txt"), "not a certificate file");

        List<InspectionResult> results = runHeld(local.inspectAll(List.of(dir.resolve("folder"))));

        assertEquals(List.of(BigInteger.ONE, BigInteger.TWO), results.stream()
            .map(result -> result.certificates().get(0).serialNumber()).toList());
    }

    @Test
    void pastedTextIsInspectedUnderItsSourceName() throws Exception {
        InspectionResult result = runHeld(local.inspectText("no PEM here", "clipboard"));

        assertEquals("clipboard", result.source());
        assertEquals(1, result.errors().size());
    }

    @Test
    void nothingIsReadBeforeTheExecutorRuns() {
        local.inspect(dir.resolve("missing.pem"));

        assertEquals(1, held.size());
    }

    @Test
    void aMissingFileIsAnErrorOfThatFile() throws Exception {
        InspectionResult result = runHeld(local.inspect(dir.resolve("missing.pem")));

        assertEquals(0, result.certificates().size());
        assertEquals(InputErrorCode.UNREADABLE, result.errors().get(0).code());
    }
}
