package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.ui.common.ChangeRunner;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.RemoteListModel;
import io.mqttca.console.ui.common.UiContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The activate / deactivate / delete flows of the CA table: the CA confirmation (for delete after counting the
 * device certificates), the change on the kit's runner, and the update of the rows it succeeded on followed by a
 * refresh. Results of a change on an instance the table no longer shows are not applied.
 */
final class CaChanges {

    private final UiContext context;
    private final RemoteListModel<CaCertificate, CertificateRow> list;
    private final CaRowFactory rowFactory;
    private final Supplier<InstanceTarget> target;
    private final Runnable rowsChanged;
    private final CaConfirmations confirmations;
    private final ChangeRunner runner;

    /** {@code rowsChanged} is told when rows became busy, idle or changed status (the actions follow them). */
    CaChanges(UiContext context, RemoteListModel<CaCertificate, CertificateRow> list, CaRowFactory rowFactory,
              Supplier<InstanceTarget> target, Runnable rowsChanged) {
        this.context = context;
        this.list = list;
        this.rowFactory = rowFactory;
        this.target = target;
        this.rowsChanged = rowsChanged;
        this.confirmations = new CaConfirmations(context);
        this.runner = new ChangeRunner(context, rowsChanged);
    }

    /** Activates or deactivates {@code targets} once the operator confirms; the confirmation names {@code skipped}. */
    void changeStatus(ChangeAction action, List<CertificateRow> targets, List<CertificateRow> skipped) {
        if (!targets.isEmpty() && target.get() != null
            && context.dialogs().confirm(confirmations.status(action, targets, skipped))) {
            run(action, targets);
        }
    }

    /** Counts the device certificates of {@code targets}, then deletes them once the operator typed the name. */
    void delete(List<CertificateRow> targets) {
        InstanceTarget current = target.get();
        if (targets.isEmpty() || current == null) {
            return;
        }
        context.status().beginWork();
        context.status().message(context.text("certificates.delete.counting"));
        CompletableFuture<Integer> devices = confirmations.countDevices(current, targets);
        devices.whenCompleteAsync((count, error) -> {
            context.status().endWork();
            context.status().message("");
            int known = error != null ? CaConfirmations.UNKNOWN_COUNT : count;
            if (current == target.get() && context.dialogs().confirmTyped(confirmations.delete(targets, known),
                confirmations.textToType(targets))) {
                run(ChangeAction.DELETE_CA, targets);
            }
        }, context.ui());
    }

    String displayName(CertificateRow row) {
        return confirmations.displayName(row);
    }

    private void run(ChangeAction action, List<CertificateRow> targets) {
        InstanceTarget current = target.get();
        runner.run(action, targets, confirmations::displayName,
            (sns, progress) -> current.service().changeCaCertificates(current.instanceId(), action, sns, progress),
            results -> {
                if (current == target.get()) {
                    applyResults(action, results);
                }
            });
    }

    /**
     * Updates the rows the changes succeeded on and refreshes when anything changed; the runner's status message
     * says what the whole run did.
     */
    private void applyResults(ChangeAction action, List<ItemResult> results) {
        List<ItemResult> succeeded = results.stream().filter(ItemResult::succeeded).collect(Collectors.toList());
        if (succeeded.isEmpty()) {
            return;
        }
        Set<String> changed = succeeded.stream().map(ItemResult::sn).collect(Collectors.toSet());
        succeeded.forEach(result -> context.status().requestId(result.requestId()));
        if (action == ChangeAction.DELETE_CA) {
            list.removeKeys(changed);
        } else {
            CertificateStatus status = action == ChangeAction.ACTIVATE_CA ? CertificateStatus.ACTIVE
                : CertificateStatus.INACTIVE;
            list.rows().stream().filter(row -> changed.contains(row.sn()))
                .forEach(row -> rowFactory.update(row, row.certificate().withStatus(status)));
        }
        rowsChanged.run();
        list.refresh();
    }
}
