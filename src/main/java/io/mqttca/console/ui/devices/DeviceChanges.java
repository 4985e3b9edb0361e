package io.mqttca.console.ui.devices;

import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.ui.common.ChangeRunner;
import io.mqttca.console.ui.common.RemoteListModel;
import io.mqttca.console.ui.common.UiContext;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The activate / deactivate / delete flows of the device table: the confirmation in device words, the change on the
 * kit's runner (progress, cancel, per-item results, retry), and the rows updated where it succeeded. Results of a
 * change on a list the table no longer shows are not applied.
 */
final class DeviceChanges {

    private final UiContext context;
    private final RemoteListModel<DeviceCertificate, DeviceRow> list;
    private final DeviceRowFactory rowFactory;
    private final Supplier<DeviceScope> scope;
    private final Runnable rowsChanged;
    private final DeviceConfirmations confirmations;
    private final ChangeRunner runner;

    DeviceChanges(UiContext context, RemoteListModel<DeviceCertificate, DeviceRow> list, DeviceRowFactory rowFactory,
                  Supplier<DeviceScope> scope, Runnable rowsChanged) {
        this.context = context;
        this.list = list;
        this.rowFactory = rowFactory;
        this.scope = scope;
        this.rowsChanged = rowsChanged;
        this.confirmations = new DeviceConfirmations(context);
        this.runner = new ChangeRunner(context, rowsChanged);
    }

    /** Runs {@code action} on {@code targets} once the operator confirms; {@code skipped} rows are counted. */
    void change(ChangeAction action, List<DeviceRow> targets, int skipped) {
        DeviceScope current = scope.get();
        if (targets.isEmpty() || current == null
            || !context.dialogs().confirm(confirmations.of(action, targets, skipped))) {
            return;
        }
        runner.run(action, targets, confirmations::displayName, new DeviceBulkChange(current.target(), action),
            results -> applyIfStillShown(current, action, results));
    }

    private void applyIfStillShown(DeviceScope shown, ChangeAction action, List<ItemResult> results) {
        if (shown == scope.get()) {
            applyResults(action, results);
        }
    }

    private void applyResults(ChangeAction action, List<ItemResult> results) {
        Set<String> changed = results.stream().filter(ItemResult::succeeded).map(ItemResult::sn)
            .collect(Collectors.toSet());
        if (changed.isEmpty()) {
            return;
        }
        results.stream().filter(ItemResult::succeeded).reduce((first, last) -> last)
            .ifPresent(result -> context.status().requestId(result.requestId()));
        if (action == ChangeAction.DELETE_DEVICE) {
            list.removeKeys(changed);
        } else {
            CertificateStatus status = action == ChangeAction.ACTIVATE_DEVICE ? CertificateStatus.ACTIVE
                : CertificateStatus.INACTIVE;
            changed.forEach(key -> list.row(key).ifPresent(row ->
                rowFactory.update(row, row.certificate().withStatus(status))));
        }
        rowsChanged.run();
    }
}
