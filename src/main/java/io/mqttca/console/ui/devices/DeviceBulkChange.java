package io.mqttca.console.ui.devices;

import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.BulkProgress;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.ui.common.BulkChange;
import io.mqttca.console.ui.common.InstanceTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A device change over rows keyed {@code caSn/deviceSn}: the service changes the devices of one CA per call, so the
 * keys are grouped by CA and the groups run side by side; results come back under the row keys, so the bulk run
 * matches them to its items. Cancelling cancels every group.
 */
final class DeviceBulkChange implements BulkChange {

    private final InstanceTarget target;
    private final ChangeAction action;

    DeviceBulkChange(InstanceTarget target, ChangeAction action) {
        this.target = target;
        this.action = action;
    }

    @Override
    public BulkOperation start(List<String> keys, BulkProgress progress) {
        Map<String, List<String>> devicesByCa = new LinkedHashMap<>();
        for (String key : keys) {
            int slash = key.indexOf('/');
            devicesByCa.computeIfAbsent(key.substring(0, slash), ca -> new ArrayList<>()).add(key.substring(slash + 1));
        }
        AtomicInteger done = new AtomicInteger();
        List<BulkOperation> groups = new ArrayList<>();
        devicesByCa.forEach((caSn, deviceSns) -> groups.add(target.service().changeDeviceCertificates(
            target.instanceId(), caSn, action, deviceSns, (result, ignoredDone, ignoredTotal) ->
                progress.itemDone(underRowKey(caSn, result), done.incrementAndGet(), keys.size()))));
        CompletableFuture<List<ItemResult>> results = CompletableFuture.completedFuture(List.of());
        List<String> cas = new ArrayList<>(devicesByCa.keySet());
        for (int i = 0; i < groups.size(); i++) {
            String caSn = cas.get(i);
            results = results.thenCombine(groups.get(i).results(), (soFar, more) -> {
                List<ItemResult> all = new ArrayList<>(soFar);
                more.forEach(result -> all.add(underRowKey(caSn, result)));
                return all;
            });
        }
        return BulkOperation.of(results, groups);
    }

    private static ItemResult underRowKey(String caSn, ItemResult result) {
        return new ItemResult(caSn + "/" + result.sn(), result.action(), result.requestId(), result.failure());
    }

}
