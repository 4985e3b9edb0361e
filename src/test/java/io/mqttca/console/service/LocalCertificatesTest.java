package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttca.console.cert.ChainCheckItem;
import io.mqttca.console.cert.ChainCheckResult;
import io.mqttca.console.cert.ChainVerdict;
import io.mqttca.console.cert.InputErrorCode;
import io.mqttca.console.cert.InspectionResult;
import io.mqttca.console.cert.TestCertificates;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCertificatesTest {

    @TempDir
    Path dir;

    private final List<Runnable> held = new ArrayList<>();
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final KeyPair CA_KEY = TestCertificates.ecP256();
    private static final String CA = TestCertificates.certificate().subject("CN=Fleet CA").keyPair(CA_KEY).ca(0)
        .validity(NOW.minus(30, ChronoUnit.DAYS), NOW.plus(3650, ChronoUnit.DAYS)).pem();

    private final LocalCertificates local = new LocalCertificates(held::add, Clock.fixed(NOW, ZoneOffset.UTC));

    private static String device(Instant notBefore, Instant notAfter) {
        return TestCertificates.certificate().subject("CN=device").keyPair(TestCertificates.another("EC", 0,
            "secp256r1")).issuer("CN=Fleet CA", CA_KEY).validity(notBefore, notAfter).pem();
    }

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

    @Test
    void aDeviceChainIsCheckedOnTheExecutor() throws Exception {
        var future = local.checkDeviceChain(device(NOW.minus(1, ChronoUnit.DAYS), NOW.plus(365, ChronoUnit.DAYS)), CA);

        assertEquals(1, held.size());
        ChainCheckResult result = runHeld(future);
        assertEquals(ChainVerdict.PASS, result.verdict(), result::toString);
    }

    @Test
    void theDeviceChainIsCheckedAtTheClocksTime() throws Exception {
        String expiredAtTheClock = device(NOW.minus(10, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.SECONDS));

        ChainCheckResult result = runHeld(local.checkDeviceChain(expiredAtTheClock, CA));

        assertEquals(ChainVerdict.FAIL, result.verdictOf(ChainCheckItem.VALIDITY));
        assertEquals("chain.validity.expired", result.findings(ChainCheckItem.VALIDITY).get(0).text().key());
    }

    @Test
    void anUnreadableCaIsAResultNotAFailedFuture() throws Exception {
        ChainCheckResult result = runHeld(local.checkDeviceChain(device(NOW, NOW.plus(1, ChronoUnit.DAYS)), "x"));

        assertEquals(ChainVerdict.FAIL, result.verdictOf(ChainCheckItem.CA_CERTIFICATE));
    }
}
