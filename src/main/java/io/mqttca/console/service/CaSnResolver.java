package io.mqttca.console.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Takes an Sn in any common form for the CA operations of one instance: upper or lower case, with or without
 * colons or the leading {@code 00}, or decimal. Each Sn is sent as given first, so the service's own form goes
 * through unchanged at the cost of nothing; only when the service answers {@code FindCaBySnError} are the Sn's
 * readings ({@link SnReading}) compared with the instance's listed Sns (listed once per resolver), and the
 * operation is sent again with the one listed Sn that has the same serial. Two different matches (digits that
 * read as hex and as decimal) are refused, never guessed. Each outcome is told as a {@link SnResolution}.
 */
public final class CaSnResolver {

    /** The Code the service answers for an Sn it does not know. */
    public static final String UNKNOWN_SN_CODE = "FindCaBySnError";

    private final CertificateService service;
    private final String instanceId;
    private CompletableFuture<Listing<CaCertificate>> listing;

    public CaSnResolver(CertificateService service, String instanceId) {
        this.service = service;
        this.instanceId = instanceId;
    }

    /**
     * GetCaCertificate with the Sn as given, then, when the service does not know it, with the listed Sn it
     * resolves to. Completes with the CA or the not-found failure; other failures complete exceptionally.
     */
    public CompletableFuture<ResolvedCa> getCaCertificate(String sn) {
        return service.getCaCertificate(instanceId, sn)
            .thenApply(ca -> new ResolvedCa(ca, null, SnResolution.asGiven(sn)))
            .exceptionallyCompose(error -> {
                ServiceFailure failure = Failures.of(error);
                if (!isUnknownSn(failure)) {
                    return CompletableFuture.failedFuture(Failures.exception(error));
                }
                return resolve(sn).thenCompose(resolution -> !resolution.resolved()
                    ? CompletableFuture.completedFuture(new ResolvedCa(null, failure, resolution))
                    : service.getCaCertificate(instanceId, resolution.used())
                        .thenApply(ca -> new ResolvedCa(ca, null, resolution)));
            });
    }

    /**
     * Activates, deactivates or deletes every Sn as given, then once more, in one bulk call, those the service
     * did not know and that resolve to a listed Sn. {@code progress} hears of each item once, when its outcome is
     * final (on a worker thread); the list comes back in the order given.
     */
    public CompletableFuture<List<ResolvedItem>> changeCaCertificates(ChangeAction action, List<String> sns,
                                                                      Consumer<ResolvedItem> progress) {
        BulkProgress firstPass = (result, done, total) -> {
            if (!isUnknownSn(result.failure())) {
                progress.accept(new ResolvedItem(result, SnResolution.asGiven(result.sn())));
            }
        };
        return service.changeCaCertificates(instanceId, action, sns, firstPass).results()
            .thenCompose(results -> retryUnknown(action, results, progress));
    }

    private CompletableFuture<List<ResolvedItem>> retryUnknown(ChangeAction action, List<ItemResult> results,
                                                               Consumer<ResolvedItem> progress) {
        ResolvedItem[] items = new ResolvedItem[results.size()];
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ItemResult result = results.get(i);
            if (isUnknownSn(result.failure())) {
                unknown.add(i);
            } else {
                items[i] = new ResolvedItem(result, SnResolution.asGiven(result.sn()));
            }
        }
        if (unknown.isEmpty()) {
            return CompletableFuture.completedFuture(List.of(items));
        }
        List<CompletableFuture<SnResolution>> resolving = unknown.stream()
            .map(i -> resolve(results.get(i).sn())).toList();
        return CompletableFuture.allOf(resolving.toArray(CompletableFuture[]::new)).thenCompose(ignored -> {
            List<Integer> retried = new ArrayList<>();
            List<String> usedSns = new ArrayList<>();
            for (int k = 0; k < unknown.size(); k++) {
                int index = unknown.get(k);
                SnResolution resolution = resolving.get(k).join();
                if (resolution.resolved()) {
                    retried.add(index);
                    usedSns.add(resolution.used());
                }
                items[index] = new ResolvedItem(results.get(index), resolution);
            }
            CompletableFuture<List<ItemResult>> second = usedSns.isEmpty()
                ? CompletableFuture.completedFuture(List.of())
                : service.changeCaCertificates(instanceId, action, usedSns, BulkProgress.none()).results();
            return second.thenApply(retriedResults -> {
                for (int k = 0; k < retried.size(); k++) {
                    int index = retried.get(k);
                    items[index] = new ResolvedItem(retriedResults.get(k), items[index].resolution());
                }
                for (int index : unknown) {
                    progress.accept(items[index]);
                }
                return List.of(items);
            });
        });
    }

    /** How {@code given}, unknown to the service as given, compares with the listed Sns. */
    CompletableFuture<SnResolution> resolve(String given) {
        List<SnReading> readings = SnReading.of(given);
        if (readings.isEmpty()) {
            return CompletableFuture.completedFuture(new SnResolution(given, SnResolution.Outcome.NOT_A_SERIAL,
                List.of(), List.of(), null));
        }
        return listing().handle((listed, error) -> error != null
            ? new SnResolution(given, SnResolution.Outcome.LIST_FAILED, readings, List.of(), Failures.of(error))
            : match(given, readings, listed.items()));
    }

    /** The listed CAs (other than one listed exactly as given) whose serial a reading means. */
    static SnResolution match(String given, List<SnReading> readings, List<CaCertificate> listed) {
        Map<String, SnResolution.Match> matches = new LinkedHashMap<>();
        for (SnReading reading : readings) {
            for (CaCertificate ca : listed) {
                BigInteger serial = SnReading.serialOfListed(ca.sn());
                if (reading.serial().equals(serial) && !ca.sn().equals(given)) {
                    matches.putIfAbsent(ca.sn(), new SnResolution.Match(reading, ca));
                }
            }
        }
        SnResolution.Outcome outcome = switch (matches.size()) {
            case 0 -> SnResolution.Outcome.NOT_FOUND;
            case 1 -> SnResolution.Outcome.RESOLVED;
            default -> SnResolution.Outcome.AMBIGUOUS;
        };
        return new SnResolution(given, outcome, readings, List.copyOf(matches.values()), null);
    }

    private synchronized CompletableFuture<Listing<CaCertificate>> listing() {
        if (listing == null) {
            listing = service.listCaCertificates(instanceId);
        }
        return listing;
    }

    private static boolean isUnknownSn(ServiceFailure failure) {
        return failure != null && UNKNOWN_SN_CODE.equals(failure.code());
    }
}
