package io.mqttca.console.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the UI and the command line call for every certificate operation on one connection (an endpoint with its
 * credentials). Every method returns at once; the future completes on a worker thread, exceptionally with a
 * {@link ServiceException} whose {@link ServiceFailure} says what went wrong. Lists are complete (every page
 * fetched, or marked incomplete when the page cap stopped paging). Every state-changing call is written to the change
 * journal. {@link #close()} stops the connection's worker threads; calls in flight finish.
 */
public interface CertificateService extends AutoCloseable {

    /** How long a device count or a single device certificate may take before the call gives up. */
    Duration DEVICE_CALL_TIMEOUT = Duration.ofSeconds(5);

    /** How long counting a CA's device certificates may take: 100,000 of them are 1,000 pages. */
    Duration COUNT_TIMEOUT = Duration.ofSeconds(60);

    /** A name for the connection, for the journal and the status bar ("Local sandbox", a profile's name). */
    String profileName();

    /** The endpoint URL calls go to. */
    String endpoint();

    /** The instances the credentials can see (ListInstances). */
    CompletableFuture<List<MqttInstance>> listInstances();

    /** Every CA certificate of the instance, all pages. */
    CompletableFuture<Listing<CaCertificate>> listCaCertificates(String instanceId);

    /** One CA certificate with its PEM. */
    CompletableFuture<CaCertificate> getCaCertificate(String instanceId, String sn);

    /** Activates, deactivates or deletes each Sn; {@code action} is one of the CA actions. */
    BulkOperation changeCaCertificates(String instanceId, ChangeAction action, List<String> sns,
                                       BulkProgress progress);

    /** The instance's registration code, the CN a verification certificate must carry. */
    CompletableFuture<String> getRegisterCode(String instanceId);

    /** Registers a CA certificate with its verification certificate; completes with the result (the new Sn). */
    CompletableFuture<ItemResult> registerCaCertificate(String instanceId, String caName, String caPem,
                                                        String verificationPem);

    /** Every device certificate issued by the CA, all pages. */
    CompletableFuture<Listing<DeviceCertificate>> listDeviceCertificates(String instanceId, String caSn);

    /**
     * Every device certificate of the instance, under every CA. This default lists the CAs and then each CA's
     * devices; the cloud service makes one paged ListDeviceCertificate listing instead.
     */
    default CompletableFuture<Listing<DeviceCertificate>> listInstanceDeviceCertificates(String instanceId) {
        return listCaCertificates(instanceId).thenCompose(cas -> {
            CompletableFuture<List<DeviceCertificate>> all = CompletableFuture.completedFuture(List.of());
            boolean[] complete = {cas.complete()};
            for (CaCertificate ca : cas.items()) {
                all = all.thenCompose(soFar -> listDeviceCertificates(instanceId, ca.sn()).thenApply(listing -> {
                    complete[0] &= listing.complete();
                    List<DeviceCertificate> more = new ArrayList<>(soFar);
                    more.addAll(listing.items());
                    return more;
                }));
            }
            return all.thenApply(devices -> new Listing<>(devices, complete[0]));
        });
    }

    /**
     * Every device certificate of the CA ({@code caSn}), or of the whole instance when {@code caSn} is null, handed
     * to {@code pages} page by page as they arrive, without their PEM (rows need the parsed summary; the PEM comes
     * from {@link #getDeviceCertificate}). The future completes when paging ends with a listing that holds no items
     * (they went to {@code pages}) but says whether the list is complete and the last RequestId. Cancelling the
     * future stops paging. This default lists everything first and hands it on as one page.
     */
    default CompletableFuture<Listing<DeviceCertificate>> streamDeviceCertificates(String instanceId, String caSn,
                                                                                 ListingPages<DeviceCertificate>
                                                                                     pages) {
        CompletableFuture<Listing<DeviceCertificate>> listed = caSn == null
            ? listInstanceDeviceCertificates(instanceId) : listDeviceCertificates(instanceId, caSn);
        return listed.thenApply(listing -> {
            List<DeviceCertificate> items = listing.items().stream().map(DeviceCertificate::withoutPem).toList();
            pages.page(items, items.size(), items.size());
            return new Listing<>(List.of(), listing.complete(), listing.requestId());
        });
    }

    /**
     * How many device certificates the CA has issued (every page counted). Fails with a {@code Timeout} failure
     * after {@link #COUNT_TIMEOUT}; callers that only show the count as a courtesy treat that as unknown.
     */
    CompletableFuture<Integer> countDeviceCertificates(String instanceId, String caSn);

    /** One device certificate with its PEM (GetDeviceCertificate); times out after {@link #DEVICE_CALL_TIMEOUT}. */
    CompletableFuture<DeviceCertificate> getDeviceCertificate(String instanceId, String caSn, String deviceSn);

    /** Activates, deactivates or deletes device certificates of one CA; {@code action} is a device action. */
    BulkOperation changeDeviceCertificates(String instanceId, String caSn, ChangeAction action,
                                           List<String> deviceSns, BulkProgress progress);

    /** Stops the connection's worker threads; calls in flight finish. Never throws. */
    @Override
    void close();
}
