package io.mqttca.console.service;

import io.mqttca.console.cloud.AllPages;
import io.mqttca.console.cloud.ApiCertificateStatus;
import io.mqttca.console.cloud.ApiDeviceCertificate;
import io.mqttca.console.cloud.ApiMqttInstance;
import io.mqttca.console.cloud.CaCertificateRef;
import io.mqttca.console.cloud.CaCertificateResult;
import io.mqttca.console.cloud.ConcurrentPager;
import io.mqttca.console.cloud.DeviceCertificateRef;
import io.mqttca.console.cloud.DeviceCertificateResult;
import io.mqttca.console.cloud.MqttApiException;
import io.mqttca.console.cloud.OnsMqttClient;
import io.mqttca.console.cloud.RegisterCaRequest;
import io.mqttca.console.cloud.SnResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The service layer over the ApsaraMQ for MQTT OpenAPI client, for the cloud and the local emulator alike. Calls
 * run on the given executor; lists are fetched whole; bulk changes run a few at a time under the client's shared
 * rate limiter; every state-changing call is written to the change journal; the subject CN of each CA is parsed
 * locally from its PEM.
 */
public final class CloudCertificateService implements CertificateService {

    /**
     * The most calls of a bulk change in flight at once; within it the client's rate × latency decides (decision
     * 0012), and the rate limiter sets the actual pace.
     */
    public static final int BULK_MAX_CONCURRENCY = 128;
    /** Pages of a streamed list in flight at once: enough to hide the wait for answers, within the pool. */
    static final int PAGE_PARALLELISM = 4;

    private final String profileName;
    private final OnsMqttClient client;
    private final ExecutorService executor;
    private final ChangeJournal journal;
    private final Clock clock;
    private final BulkRunner bulk;
    private Duration countTimeout = COUNT_TIMEOUT;

    /**
     * @param profileName the connection's name for the journal and the status bar
     * @param client      the client, bound to an endpoint and credentials
     * @param executor    where calls run; shut down by {@link #close()}
     * @param journal     the change journal
     * @param clock       the clock for journal times
     */
    public CloudCertificateService(String profileName, OnsMqttClient client, ExecutorService executor,
                                   ChangeJournal journal, Clock clock) {
        this.profileName = profileName;
        this.client = client;
        this.executor = executor;
        this.journal = journal;
        this.clock = clock;
        this.bulk = new BulkRunner(executor, () -> client.suggestedConcurrency(BULK_MAX_CONCURRENCY));
    }

    @Override
    public String profileName() {
        return profileName;
    }

    @Override
    public String endpoint() {
        return client.endpoint().toString();
    }

    @Override
    public CompletableFuture<List<MqttInstance>> listInstances() {
        return call(() -> client.listInstances(List.of()).instances().stream()
            .map(CloudCertificateService::toInstance).toList());
    }

    @Override
    public CompletableFuture<Listing<CaCertificate>> listCaCertificates(String instanceId) {
        return call(() -> listing(client.listAllCaCertificates(instanceId), CaConversion::toService));
    }

    @Override
    public CompletableFuture<CaCertificate> getCaCertificate(String instanceId, String sn) {
        return call(() -> CaConversion.toService(
            client.getCaCertificate(new CaCertificateRef(instanceId, sn)).certificate()));
    }

    @Override
    public BulkOperation changeCaCertificates(String instanceId, ChangeAction action, List<String> sns,
                                              BulkProgress progress) {
        Function<CaCertificateRef, SnResult> call = switch (action) {
            case ACTIVATE_CA -> client::activateCaCertificate;
            case DEACTIVATE_CA -> client::inactivateCaCertificate;
            case DELETE_CA -> client::deleteCaCertificate;
            default -> throw new IllegalArgumentException("Not a CA status change: " + action);
        };
        return bulk.run(sns, action, sn -> {
            CaCertificateRef ref = new CaCertificateRef(instanceId, sn);
            return journalled(instanceId, action, sn, () -> ChangeSettlement.settle(
                () -> call.apply(ref).requestId(), () -> readCa(ref, action), action == ChangeAction.DELETE_CA));
        }, progress);
    }

    @Override
    public CompletableFuture<String> getRegisterCode(String instanceId) {
        return call(() -> client.getRegisterCode(instanceId).registerCode());
    }

    @Override
    public CompletableFuture<ItemResult> registerCaCertificate(String instanceId, String caName, String caPem,
                                                               String verificationPem) {
        return CompletableFuture.supplyAsync(() -> {
            ItemResult result;
            try {
                SnResult registered = client.registerCaCertificate(
                    new RegisterCaRequest(instanceId, caName, caPem, verificationPem));
                result = ItemResult.success(registered.sn(), ChangeAction.REGISTER_CA, registered.requestId());
            } catch (MqttApiException e) {
                result = ItemResult.failed(caName, ChangeAction.REGISTER_CA, Failures.of(e));
            }
            record(instanceId, result);
            return result;
        }, executor);
    }

    @Override
    public CompletableFuture<Listing<DeviceCertificate>> listDeviceCertificates(String instanceId, String caSn) {
        return call(() -> listing(client.listAllDeviceCertificatesByCaSn(instanceId, caSn), CaConversion::toService));
    }

    @Override
    public CompletableFuture<Listing<DeviceCertificate>> listInstanceDeviceCertificates(String instanceId) {
        return call(() -> listing(client.listAllDeviceCertificates(instanceId), CaConversion::toService));
    }

    @Override
    public CompletableFuture<Listing<DeviceCertificate>> streamDeviceCertificates(String instanceId, String caSn,
                                                                                ListingPages<DeviceCertificate>
                                                                                    pages) {
        CompletableFuture<Listing<DeviceCertificate>> result = new CompletableFuture<>();
        stream(instanceId, caSn, (items, loaded, expected) -> pages.page(items.stream()
            .map(device -> CaConversion.toService(device).withoutPem()).toList(), loaded, expected), result,
            all -> listing(all, CaConversion::toService));
        return result;
    }

    /**
     * Pages through the devices on a worker thread, each page to {@code listener}, until the end or until
     * {@code result} is completed by someone else (cancelled, timed out); then completes it with {@code done}.
     */
    private <R> void stream(String instanceId, String caSn, ConcurrentPager.PageListener<ApiDeviceCertificate> listener,
                            CompletableFuture<R> result, Function<AllPages<ApiDeviceCertificate>, R> done) {
        executor.execute(() -> {
            try {
                AllPages<ApiDeviceCertificate> all = client.streamDeviceCertificates(instanceId, caSn,
                    PAGE_PARALLELISM, executor, listener, result::isDone);
                result.complete(done.apply(all));
            } catch (RuntimeException e) {
                result.completeExceptionally(Failures.exception(e));
            }
        });
    }

    @Override
    public CompletableFuture<Integer> countDeviceCertificates(String instanceId, String caSn) {
        // Counted page by page without keeping a single certificate: holding 100,000 PEMs to count them ran the
        // window out of memory. Stopping at the time limit stops the paging too.
        CompletableFuture<Integer> counted = new CompletableFuture<>();
        int[] count = {0};
        stream(instanceId, caSn, (items, loaded, expected) -> count[0] = loaded, counted, all -> count[0]);
        return timed(counted, countTimeout, "countingDevices");
    }

    @Override
    public CompletableFuture<DeviceCertificate> getDeviceCertificate(String instanceId, String caSn,
                                                                     String deviceSn) {
        return timed(call(() -> CaConversion.toService(client.getDeviceCertificate(
            new DeviceCertificateRef(instanceId, caSn, deviceSn)).certificate())),
            "readingDevice");
    }

    @Override
    public BulkOperation changeDeviceCertificates(String instanceId, String caSn, ChangeAction action,
                                                  List<String> deviceSns, BulkProgress progress) {
        Function<DeviceCertificateRef, SnResult> call = switch (action) {
            case ACTIVATE_DEVICE -> client::activateDeviceCertificate;
            case DEACTIVATE_DEVICE -> client::inactivateDeviceCertificate;
            case DELETE_DEVICE -> client::deleteDeviceCertificate;
            default -> throw new IllegalArgumentException("Not a device certificate change: " + action);
        };
        return bulk.run(deviceSns, action, sn -> {
            DeviceCertificateRef ref = new DeviceCertificateRef(instanceId, caSn, sn);
            return journalled(instanceId, action, sn, () -> ChangeSettlement.settle(
                () -> call.apply(ref).requestId(), () -> readDevice(ref, action),
                action == ChangeAction.DELETE_DEVICE));
        }, progress);
    }

    /** Whether the change shows on the CA: gone after a delete, the new status after a status change. */
    private ChangeSettlement.Read readCa(CaCertificateRef ref, ChangeAction action) {
        try {
            CaCertificateResult read = client.getCaCertificate(ref);
            return new ChangeSettlement.Read(action != ChangeAction.DELETE_CA
                && read.certificate().status() == wanted(action), read.requestId());
        } catch (MqttApiException e) {
            if (action == ChangeAction.DELETE_CA && ChangeSettlement.isNotFound(e)) {
                return new ChangeSettlement.Read(true, e.requestId());
            }
            throw e;
        }
    }

    private ChangeSettlement.Read readDevice(DeviceCertificateRef ref, ChangeAction action) {
        try {
            DeviceCertificateResult read = client.getDeviceCertificate(ref);
            return new ChangeSettlement.Read(action != ChangeAction.DELETE_DEVICE
                && read.certificate().status() == wanted(action), read.requestId());
        } catch (MqttApiException e) {
            if (action == ChangeAction.DELETE_DEVICE && ChangeSettlement.isNotFound(e)) {
                return new ChangeSettlement.Read(true, e.requestId());
            }
            throw e;
        }
    }

    private static ApiCertificateStatus wanted(ChangeAction action) {
        return action == ChangeAction.ACTIVATE_CA || action == ChangeAction.ACTIVATE_DEVICE
            ? ApiCertificateStatus.ACTIVE : ApiCertificateStatus.INACTIVE;
    }

    /** How long a device count may take from now on (tests shorten it). */
    void countTimeout(Duration limit) {
        countTimeout = limit;
    }

    /** Stops the worker threads; calls in flight finish. */
    @Override
    public void close() {
        executor.shutdown();
    }

    private ItemResult journalled(String instanceId, ChangeAction action, String sn, Supplier<String> call) {
        ItemResult result;
        try {
            result = ItemResult.success(sn, action, call.get());
        } catch (RuntimeException e) {
            result = ItemResult.failed(sn, action, Failures.of(e));
        }
        record(instanceId, result);
        return result;
    }

    private void record(String instanceId, ItemResult result) {
        journal.append(JournalEntry.of(clock.instant(), profileName, endpoint(), instanceId, result));
    }

    private static <W, T> Listing<T> listing(AllPages<W> pages, Function<W, T> conversion) {
        List<String> requestIds = pages.requestIds();
        return new Listing<>(pages.items().stream().map(conversion).toList(), pages.complete(),
            requestIds.isEmpty() ? null : requestIds.get(requestIds.size() - 1));
    }

    /**
     * Gives up on {@code call} after {@link #DEVICE_CALL_TIMEOUT} with a failure that says what took too long;
     * {@code what} names the bundle entry {@code timeout.while.<what>}.
     */
    private static <T> CompletableFuture<T> timed(CompletableFuture<T> call, String what) {
        return timed(call, DEVICE_CALL_TIMEOUT, what);
    }

    private static <T> CompletableFuture<T> timed(CompletableFuture<T> call, Duration limit, String what) {
        return call.orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).handle((value, error) -> {
            if (error == null) {
                return value;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                : error;
            if (cause instanceof TimeoutException) {
                throw new ServiceException(ServiceFailure.local(FailureKind.NETWORK, "Timeout",
                    ServiceFailure.text("timeout.explanation", String.valueOf(limit.toSeconds()),
                        ServiceFailure.text("timeout.while." + what)),
                    ServiceFailure.text("timeout.whatToDo")), cause);
            }
            throw Failures.exception(cause);
        });
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                future.complete(work.get());
            } catch (RuntimeException e) {
                future.completeExceptionally(Failures.exception(e));
            }
        });
        return future;
    }

    private static MqttInstance toInstance(ApiMqttInstance instance) {
        String edition = instance.edition() == null || instance.edition().name().equals("UNKNOWN") ? null
            : CaConversion.readable(instance.edition().name());
        String name = instance.instanceName() == null || instance.instanceName().isBlank() ? instance.instanceId()
            : instance.instanceName();
        return new MqttInstance(instance.instanceId(), name, instance.regionId(), edition);
    }
}
