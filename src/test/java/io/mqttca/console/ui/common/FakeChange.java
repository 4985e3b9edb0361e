package io.mqttca.console.ui.common;

import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.BulkProgress;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ServiceFailure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A change for the kit's tests: records the keys of every run, fails the keys it is told to, and either answers at
 * once or holds the answer until {@link #finish()} (then the items after a cancel are reported cancelled).
 */
final class FakeChange implements BulkChange {

    final List<List<String>> runs = new ArrayList<>();
    final Set<String> failing = new HashSet<>();
    private final ChangeAction action;
    private boolean holding;
    private List<String> heldKeys;
    private BulkProgress heldProgress;
    private CompletableFuture<List<ItemResult>> held;
    private AtomicBoolean heldCancel;

    FakeChange(ChangeAction action) {
        this.action = action;
    }

    /** From now on, answers wait for {@link #finish()}. */
    FakeChange holding() {
        holding = true;
        return this;
    }

    @Override
    public BulkOperation start(List<String> keys, BulkProgress progress) {
        runs.add(List.copyOf(keys));
        AtomicBoolean cancelled = new AtomicBoolean();
        if (!holding) {
            return new BulkOperation(CompletableFuture.completedFuture(results(keys, progress, cancelled)), cancelled);
        }
        heldKeys = keys;
        heldProgress = progress;
        heldCancel = cancelled;
        held = new CompletableFuture<>();
        return new BulkOperation(held, cancelled);
    }

    /** Answers the held run. */
    void finish() {
        held.complete(results(heldKeys, heldProgress, heldCancel));
    }

    private List<ItemResult> results(List<String> keys, BulkProgress progress, AtomicBoolean cancelled) {
        List<ItemResult> results = new ArrayList<>();
        for (String key : keys) {
            ItemResult result;
            if (cancelled.get()) {
                result = ItemResult.failed(key, action, ServiceFailure.local(FailureKind.CANCELLED, "Cancelled",
                    "Cancelled before it was sent.", "Run it again."));
            } else if (failing.contains(key)) {
                result = ItemResult.failed(key, action, new ServiceFailure(FailureKind.SERVER,
                    "PermissionCheckFailed", "Denied.", "REQ-F-" + key, 403, "Not allowed.", "Use another key."));
            } else {
                result = ItemResult.success(key, action, "REQ-" + key);
            }
            results.add(result);
            progress.itemDone(result, results.size(), keys.size());
        }
        return results;
    }
}
