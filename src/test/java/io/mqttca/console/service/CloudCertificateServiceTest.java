package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.cloud.OnsMqttClient;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service layer over the real client and an in-process emulator, over HTTP on loopback. */
class CloudCertificateServiceTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;

    @TempDir
    Path dir;

    private Emulator emulator;
    private ChangeJournal journal;
    private CloudCertificateService service;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dir.resolve("emulator")));
        journal = new ChangeJournal(dir.resolve("journal.jsonl"));
        service = connect(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET);
    }

    @AfterEach
    void stop() {
        service.close();
        emulator.close();
    }

    private CloudCertificateService connect(String keyId, String secret) {
        return Connections.open("Local sandbox", Endpoint.of(emulator.baseUrl()),
            Credentials.of(keyId, secret, "test"), journal);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    private static ServiceFailure failureOf(CompletableFuture<?> future) {
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
        assertTrue(thrown.getCause() instanceof ServiceException, "cause: " + thrown.getCause());
        return ((ServiceException) thrown.getCause()).failure();
    }

    private CaCertificate find(String sn) throws Exception {
        return await(service.listCaCertificates(INSTANCE)).items().stream().filter(ca -> ca.sn().equals(sn)).findFirst()
            .orElseThrow();
    }

    @Test
    void listsEverySeededCaWithItsSubjectCommonNameParsedLocally() throws Exception {
        List<CaCertificate> cas = await(service.listCaCertificates(INSTANCE)).items();

        assertEquals(6, cas.size());
        assertTrue(cas.stream().allMatch(ca -> ca.subjectCommonName() != null && ca.pem() != null), cas.toString());
        assertTrue(cas.stream().anyMatch(ca -> ca.subjectCommonName().contains("华东")), "Chinese CN kept readable");
        assertEquals(CertificateStatus.INACTIVE, find(SandboxSeed.LEGACY_INACTIVE_SN).status());
    }

    @Test
    void activatingAnInactiveCaChangesTheEmulatorAndJournalsTheRequestId() throws Exception {
        List<ItemResult> results = await(service.changeCaCertificates(INSTANCE, ChangeAction.ACTIVATE_CA,
            List.of(SandboxSeed.LEGACY_INACTIVE_SN), BulkProgress.none()).results());

        assertTrue(results.get(0).succeeded(), results.toString());
        assertNotNull(results.get(0).requestId());
        assertTrue(emulator.store().findCa(INSTANCE, SandboxSeed.LEGACY_INACTIVE_SN).orElseThrow().active());
        assertEquals(CertificateStatus.ACTIVE, find(SandboxSeed.LEGACY_INACTIVE_SN).status());
        JournalEntry entry = journal.readAll().get(0);
        assertEquals(ChangeAction.ACTIVATE_CA, entry.action());
        assertEquals(results.get(0).requestId(), entry.requestId());
        assertEquals(emulator.baseUrl(), entry.endpoint());
    }

    @Test
    void aReadOnlyKeyGetsPermissionCheckFailedAndNothingChanges() throws Exception {
        try (CloudCertificateService readOnly = connect(SandboxSeed.READ_ONLY_KEY_ID,
            SandboxSeed.READ_ONLY_KEY_SECRET)) {
            ItemResult result = await(readOnly.changeCaCertificates(INSTANCE, ChangeAction.DEACTIVATE_CA,
                List.of(SandboxSeed.PROD_ROOT_RSA_SN), BulkProgress.none()).results()).get(0);

            assertFalse(result.succeeded());
            assertEquals("PermissionCheckFailed", result.failure().code());
            assertEquals(FailureKind.SERVER, result.failure().kind());
            assertNotNull(result.failure().requestId());
            assertTrue(result.failure().supportText().contains(result.failure().requestId()));
        }
        assertTrue(emulator.store().findCa(INSTANCE, SandboxSeed.PROD_ROOT_RSA_SN).orElseThrow().active());
        assertEquals("PermissionCheckFailed", journal.readAll().get(0).code());
    }

    @Test
    void bulkChangeReportsEveryItemInOrderWithFailuresAlongsideSuccesses() throws Exception {
        List<String> sns = List.of(SandboxSeed.LEGACY_INACTIVE_SN, "00deadbeef", SandboxSeed.EXPIRED_SN);
        List<String> heard = Collections.synchronizedList(new ArrayList<>());

        List<ItemResult> results = await(service.changeCaCertificates(INSTANCE, ChangeAction.DEACTIVATE_CA, sns,
            (result, done, total) -> heard.add(done + "/" + total)).results());

        assertEquals(sns, results.stream().map(ItemResult::sn).toList());
        assertTrue(results.get(0).succeeded());
        assertEquals("FindCaBySnError", results.get(1).failure().code());
        assertTrue(results.get(2).succeeded());
        assertEquals(List.of("1/3", "2/3", "3/3"), heard.stream().sorted().toList());
        assertEquals(3, journal.readAll().size());
    }

    @Test
    void cancellingStopsItemsNotYetStartedAndNeverSendsThem() throws Exception {
        List<String> sns = IntStream.range(0, 40).mapToObj(i -> String.format("00ab%04x", i)).toList();
        BulkOperation[] operation = new BulkOperation[1];
        CompletableFuture<BulkOperation> started = new CompletableFuture<>();
        operation[0] = service.changeCaCertificates(INSTANCE, ChangeAction.ACTIVATE_CA, sns,
            (result, done, total) -> started.join().cancel());
        started.complete(operation[0]);

        List<ItemResult> results = await(operation[0].results());

        long cancelled = results.stream().filter(r -> !r.succeeded() && r.failure().kind() == FailureKind.CANCELLED)
            .count();
        assertEquals(40, results.size());
        assertTrue(cancelled >= 40 - OnsMqttClient.INITIAL_CONCURRENCY - 1, "cancelled: " + cancelled);
        assertEquals(40 - cancelled, journal.readAll().size(), "cancelled items are never sent nor journalled");
    }

    @Test
    void deletingACaAlsoRemovesItsDeviceCertificates() throws Exception {
        String caWithDevices = emulator.store().listDevices(INSTANCE, 1, 100).items().get(0).caSn();
        assertFalse(await(service.listDeviceCertificates(INSTANCE, caWithDevices)).items().isEmpty());

        ItemResult deleted = await(service.changeCaCertificates(INSTANCE, ChangeAction.DELETE_CA,
            List.of(caWithDevices), BulkProgress.none()).results()).get(0);

        assertTrue(deleted.succeeded(), deleted.toString());
        assertTrue(await(service.listCaCertificates(INSTANCE)).items()
            .stream().noneMatch(ca -> ca.sn().equals(caWithDevices)));
        assertTrue(emulator.store().listDevicesByCa(INSTANCE, caWithDevices, 1, 100).items().isEmpty());
    }

    @Test
    void anUnknownInstanceFailsWithItsCodeAndRequestId() {
        ServiceFailure failure = failureOf(service.listCaCertificates("post-cn-nosuch"));

        assertEquals("MqttInstanceNotFound", failure.code());
        assertNotNull(failure.requestId());
        assertFalse(failure.explanation().isBlank());
    }

    @Test
    void anSnOver128BytesIsRefusedBeforeAnythingIsSent() throws Exception {
        emulator.clearRequests();
        String tooLong = "序".repeat(43);

        ItemResult result = await(service.changeCaCertificates(INSTANCE, ChangeAction.ACTIVATE_CA, List.of(tooLong),
            BulkProgress.none()).results()).get(0);

        assertEquals(FailureKind.INVALID_INPUT, result.failure().kind());
        assertTrue(emulator.requests().isEmpty(), "nothing reached the emulator");
    }

    @Test
    void listsTheInstancesTheKeyCanSee() throws Exception {
        List<String> ids = await(service.listInstances()).stream().map(MqttInstance::instanceId)
            .collect(Collectors.toList());

        assertTrue(ids.contains(INSTANCE) && ids.contains(SandboxSeed.BASIC_INSTANCE_ID), ids.toString());
        assertFalse(ids.contains(SandboxSeed.OTHER_ACCOUNT_INSTANCE_ID));
    }

    @Test
    void registerCodeComesFromTheInstance() throws Exception {
        assertEquals(emulator.store().findInstance(INSTANCE).orElseThrow().registerCode(),
            await(service.getRegisterCode(INSTANCE)));
    }

    @Test
    void theDeviceCountOfACaCountsEveryOneOfItsDevices() throws Exception {
        String caWithDevices = emulator.store().listDevices(INSTANCE, 1, 100).items().get(0).caSn();
        int stored = emulator.store().listDevicesByCa(INSTANCE, caWithDevices, 1, 100).items().size();

        assertTrue(stored > 0);
        assertEquals(stored, await(service.countDeviceCertificates(INSTANCE, caWithDevices)));
    }

    @Test
    void aDeviceCertificateComesWithItsPem() throws Exception {
        var stored = emulator.store().listDevices(INSTANCE, 1, 100).items().get(0);

        DeviceCertificate device = await(service.getDeviceCertificate(INSTANCE, stored.caSn(), stored.deviceSn()));

        assertEquals(stored.deviceSn(), device.deviceSn());
        assertEquals(stored.caSn(), device.caSn());
        assertTrue(device.pem().contains("BEGIN CERTIFICATE"), device.pem());
    }

    @Test
    void aCompleteListSaysSo() throws Exception {
        assertTrue(await(service.listCaCertificates(INSTANCE)).complete());
    }

    @Test
    void aDeviceCountWithNoAnswerGivesUpAfterItsTimeoutWithATimeoutFailure() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
             CloudCertificateService unanswered = Connections.open("silent", Endpoint.of("http://127.0.0.1:"
                 + silent.getLocalPort()), Credentials.of("id", "secret", "test"), journal)) {
            unanswered.countTimeout(Duration.ofSeconds(3));
            long started = System.nanoTime();

            ServiceFailure failure = failureOf(unanswered.countDeviceCertificates(INSTANCE, "c1"));

            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertEquals("Timeout", failure.code());
            assertEquals(FailureKind.NETWORK, failure.kind());
            assertTrue(seconds < 3 + 5, "gave up after " + seconds);
        }
    }
}
