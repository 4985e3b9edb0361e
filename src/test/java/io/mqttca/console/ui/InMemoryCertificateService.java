package io.mqttca.console.ui;

import io.mqttca.console.service.Listing;
import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.BulkProgress;
import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.JournalEntry;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.ServiceFailure;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A test-side service over in-memory instances and certificates, for view-model and TestFX tests until the real
 * service and the emulator are merged. By default every future is already complete when returned (tests run on one
 * thread); {@link #onWorkerThreads(Duration)} makes it answer from worker threads after a delay, as the real one
 * does over the network. It can refuse changes of given Sn values, or every listing, with a chosen Code and
 * RequestId, and writes each change to a journal when given one.
 */
public final class InMemoryCertificateService implements CertificateService {

    public static final String INSTANCE_ID = "post-cn-sandbox01";

    private final String profileName;
    private final String endpoint;
    private final Map<String, MqttInstance> instances = new LinkedHashMap<>();
    private final Map<String, List<CaCertificate>> certificates = new ConcurrentHashMap<>();
    private final Map<String, Integer> deviceCounts = new ConcurrentHashMap<>();
    private final Map<String, ServiceFailure> failingSns = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger listCalls = new AtomicInteger();
    private final AtomicInteger changeCalls = new AtomicInteger();
    private final Map<Integer, CountDownLatch> heldChanges = new ConcurrentHashMap<>();
    private volatile ServiceFailure listFailure;
    private volatile ServiceFailure listInstancesFailure;
    private volatile ServiceFailure deviceCountFailure;
    private volatile boolean listCut;
    private volatile Duration delay = Duration.ZERO;
    private volatile ExecutorService workers;
    private volatile ChangeJournal journal;

    public InMemoryCertificateService(String profileName, String endpoint) {
        this.profileName = profileName;
        this.endpoint = endpoint;
    }

    /**
     * The sample used by the tests and screenshots: one instance with six CA certificates (active, inactive,
     * expiring in 12 days, expired, a second inactive one, and one with no validity dates), relative to
     * {@code clock}.
     */
    public static InMemoryCertificateService sample(Clock clock) {
        Instant now = clock.instant();
        InMemoryCertificateService service = new InMemoryCertificateService("Local sandbox", "http://127.0.0.1:18080");
        service.addInstance(new MqttInstance(INSTANCE_ID, "Factory floor (sandbox)", "cn-hangzhou", "Platinum"));
        service.addCa(INSTANCE_ID, ca("fleet-root-2025", "00f26900ba87aa01", CertificateStatus.ACTIVE,
            now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(800)), "Fleet Root CA 2025"));
        service.addCa(INSTANCE_ID, ca("edge-gateway-ca", "00f26900ba87aa02", CertificateStatus.INACTIVE,
            now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(400)), "Edge Gateway CA"));
        service.addCa(INSTANCE_ID, ca("sensor-ca-old", "00f26900ba87aa03", CertificateStatus.ACTIVE,
            now.minus(Duration.ofDays(700)), now.plus(Duration.ofDays(12)).plus(Duration.ofHours(3)),
            "Sensor CA 2023"));
        service.addCa(INSTANCE_ID, ca("legacy-ca", "00f26900ba87aa04", CertificateStatus.INACTIVE,
            now.minus(Duration.ofDays(1200)), now.minus(Duration.ofDays(5)), "Legacy Devices CA"));
        service.addCa(INSTANCE_ID, ca("edge-backup-ca", "00f26900ba87aa05", CertificateStatus.INACTIVE,
            now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(1500)), "Edge Backup CA"));
        service.addCa(INSTANCE_ID, ca("lab-ca", "00f26900ba87aa06", CertificateStatus.ACTIVE,
            now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(45)), "Lab CA"));
        service.setDeviceCount("00f26900ba87aa01", 12);
        service.setDeviceCount("00f26900ba87aa02", 3);
        return service;
    }

    /** A CA certificate with a real PEM whose serial is the Sn read as hex. */
    public static CaCertificate ca(String name, String sn, CertificateStatus status, Instant begin, Instant end,
                                   String commonName) {
        String pem = TestCertificates.caPem(commonName, new BigInteger(sn, 16), begin, end);
        return new CaCertificate(name, sn, status, begin, end, pem, "reg-" + sn, commonName);
    }

    /** A failure as the service describes a refused call with this Code. */
    public static ServiceFailure serverFailure(String code, String requestId) {
        switch (code) {
            case "PermissionCheckFailed":
                return new ServiceFailure(FailureKind.SERVER, code, "Failed to verify API permissions.", requestId,
                    403, "The account is not allowed to make this call.",
                    "Ask the account administrator to grant the RAM permission for ApsaraMQ for MQTT.");
            case "FindCaBySnError":
                return new ServiceFailure(FailureKind.SERVER, code,
                    "Failed to find the CA by the SN. Please check sn is valid.", requestId, 500,
                    "No CA certificate with this Sn is registered on the instance.", "Refresh the list.");
            default:
                return new ServiceFailure(FailureKind.SERVER, code, code, requestId, 500,
                    "The service refused the call.", "Try again later.");
        }
    }

    public InMemoryCertificateService addInstance(MqttInstance instance) {
        instances.put(instance.instanceId(), instance);
        certificates.putIfAbsent(instance.instanceId(), new ArrayList<>());
        return this;
    }

    public InMemoryCertificateService addCa(String instanceId, CaCertificate certificate) {
        certificates.computeIfAbsent(instanceId, id -> new ArrayList<>()).add(certificate);
        return this;
    }

    public void setDeviceCount(String caSn, int count) {
        deviceCounts.put(caSn, count);
    }

    /** Every change of {@code sn} fails with this Code and RequestId until {@link #stopFailing(String)}. */
    public void failChangesOf(String sn, String code, String requestId) {
        failingSns.put(sn, serverFailure(code, requestId));
    }

    public void stopFailing(String sn) {
        failingSns.remove(sn);
    }

    /** ListCaCertificate fails with this Code (null: it works again). */
    public void failListing(String code, String requestId) {
        listFailure = code == null ? null : serverFailure(code, requestId);
    }

    /** Counting device certificates fails with this Code (null: it works again), as a timeout would. */
    public void failDeviceCounts(String code) {
        deviceCountFailure = code == null ? null : serverFailure(code, null);
    }

    /** ListCaCertificate answers as if the page cap stopped paging (the listing is not complete). */
    public void cutListings(boolean cut) {
        listCut = cut;
    }

    /** ListInstances fails with this Code (null: it works again). */
    public void failListInstances(String code, String requestId) {
        listInstancesFailure = code == null ? null : serverFailure(code, requestId);
    }

    /** Answers from worker threads, each call (and each bulk item) after {@code perCall}. */
    public InMemoryCertificateService onWorkerThreads(Duration perCall) {
        delay = perCall;
        workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "in-memory-service");
            thread.setDaemon(true);
            return thread;
        });
        return this;
    }

    /**
     * The {@code n}th change of a CA from now (1: the next) waits on its worker thread until the returned latch is
     * counted down, so a test can cancel a bulk run at a known item. Only with {@link #onWorkerThreads}.
     */
    public CountDownLatch holdChange(int n) {
        CountDownLatch latch = new CountDownLatch(1);
        heldChanges.put(changeCalls.get() + n, latch);
        return latch;
    }

    public InMemoryCertificateService journalTo(ChangeJournal changeJournal) {
        journal = changeJournal;
        return this;
    }

    /** The certificate with this Sn as the service holds it now. */
    public CaCertificate certificate(String instanceId, String sn) {
        synchronized (this) {
            return certificates.get(instanceId).stream().filter(c -> c.sn().equals(sn)).findFirst().orElse(null);
        }
    }

    public int listCalls() {
        return listCalls.get();
    }

    @Override
    public String profileName() {
        return profileName;
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public CompletableFuture<List<MqttInstance>> listInstances() {
        return answer(() -> {
            fail(listInstancesFailure);
            return List.copyOf(instances.values());
        });
    }

    @Override
    public CompletableFuture<Listing<CaCertificate>> listCaCertificates(String instanceId) {
        return answer(() -> {
            listCalls.incrementAndGet();
            fail(listFailure);
            synchronized (this) {
                return new Listing<>(certificatesOf(instanceId), !listCut);
            }
        });
    }

    @Override
    public CompletableFuture<CaCertificate> getCaCertificate(String instanceId, String sn) {
        return answer(() -> {
            CaCertificate found = certificate(instanceId, sn);
            if (found == null) {
                fail(serverFailure("FindCaBySnError", nextRequestId()));
            }
            return found;
        });
    }

    @Override
    public BulkOperation changeCaCertificates(String instanceId, ChangeAction action, List<String> sns,
                                              BulkProgress progress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Supplier<List<ItemResult>> work = () -> {
            List<ItemResult> results = new ArrayList<>();
            for (int i = 0; i < sns.size(); i++) {
                String sn = sns.get(i);
                ItemResult result;
                if (cancelled.get()) {
                    result = ItemResult.failed(sn, action, ServiceFailure.local(FailureKind.CANCELLED, "Cancelled",
                        "Cancelled before it was sent.", "Run it again if it is still needed."));
                } else {
                    pause();
                    result = change(instanceId, action, sn);
                    if (journal != null) {
                        journal.append(JournalEntry.of(Instant.now(), profileName, endpoint, instanceId, result));
                    }
                }
                results.add(result);
                progress.itemDone(result, i + 1, sns.size());
            }
            return results;
        };
        CompletableFuture<List<ItemResult>> results = workers == null
            ? CompletableFuture.completedFuture(work.get()) : CompletableFuture.supplyAsync(work, workers);
        return new BulkOperation(results, cancelled);
    }

    private ItemResult change(String instanceId, ChangeAction action, String sn) {
        CountDownLatch held = heldChanges.remove(changeCalls.incrementAndGet());
        if (held != null) {
            try {
                held.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ServiceFailure failure = failingSns.get(sn);
        if (failure != null) {
            return ItemResult.failed(sn, action, failure);
        }
        synchronized (this) {
            List<CaCertificate> list = certificatesOf(instanceId);
            for (int i = 0; i < list.size(); i++) {
                CaCertificate certificate = list.get(i);
                if (certificate.sn().equals(sn)) {
                    if (action == ChangeAction.DELETE_CA) {
                        list.remove(i);
                    } else {
                        list.set(i, certificate.withStatus(action == ChangeAction.ACTIVATE_CA
                            ? CertificateStatus.ACTIVE : CertificateStatus.INACTIVE));
                    }
                    return ItemResult.success(sn, action, nextRequestId());
                }
            }
        }
        return ItemResult.failed(sn, action, serverFailure("FindCaBySnError", nextRequestId()));
    }

    @Override
    public CompletableFuture<String> getRegisterCode(String instanceId) {
        return answer(() -> "reg-code-" + instanceId);
    }

    @Override
    public CompletableFuture<ItemResult> registerCaCertificate(String instanceId, String caName, String caPem,
                                                               String verificationPem) {
        return answer(() -> {
            throw new ServiceException(ServiceFailure.local(FailureKind.INVALID_INPUT, "NotSupported",
                "Registration is not part of this test service.", "Use the real service."), null);
        });
    }

    @Override
    public CompletableFuture<Listing<DeviceCertificate>> listDeviceCertificates(String instanceId, String caSn) {
        return answer(() -> {
            List<DeviceCertificate> devices = new ArrayList<>();
            for (int i = 0; i < deviceCounts.getOrDefault(caSn, 0); i++) {
                devices.add(new DeviceCertificate(caSn + "-d" + i, caSn, "device-" + i, CertificateStatus.ACTIVE,
                    null, null, null, null));
            }
            return Listing.of(devices);
        });
    }

    @Override
    public CompletableFuture<Integer> countDeviceCertificates(String instanceId, String caSn) {
        if (deviceCountFailure != null) {
            return CompletableFuture.failedFuture(new ServiceException(deviceCountFailure, null));
        }
        return listDeviceCertificates(instanceId, caSn).thenApply(Listing::size);
    }

    @Override
    public CompletableFuture<DeviceCertificate> getDeviceCertificate(String instanceId, String caSn,
                                                                     String deviceSn) {
        return listDeviceCertificates(instanceId, caSn).thenApply(listing -> listing.items().stream()
            .filter(device -> device.deviceSn().equals(deviceSn)).findFirst()
            .orElseThrow(() -> new ServiceException(serverFailure("DeviceCertificateNotFound", nextRequestId()),
                null)));
    }

    @Override
    public BulkOperation changeDeviceCertificates(String instanceId, String caSn, ChangeAction action,
                                                  List<String> deviceSns, BulkProgress progress) {
        return new BulkOperation(CompletableFuture.failedFuture(new ServiceException(ServiceFailure.local(
            FailureKind.INVALID_INPUT, "NotSupported", "Device changes are not part of this test service.",
            "Use the real service."), null)), new AtomicBoolean());
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private List<CaCertificate> certificatesOf(String instanceId) {
        List<CaCertificate> list = certificates.get(instanceId);
        if (list == null) {
            throw new ServiceException(new ServiceFailure(FailureKind.SERVER, "MqttInstanceNotFound",
                "Specified instance is not found", nextRequestId(), 500, "The instance does not exist.",
                "Check the instance id."), null);
        }
        return list;
    }

    private <T> CompletableFuture<T> answer(Supplier<T> work) {
        if (workers == null) {
            try {
                return CompletableFuture.completedFuture(work.get());
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            pause();
            return work.get();
        }, workers);
    }

    private void pause() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void fail(ServiceFailure failure) {
        if (failure != null) {
            throw new ServiceException(failure, null);
        }
    }

    private String nextRequestId() {
        return String.format("REQ-%04d", requests.incrementAndGet());
    }
}
