package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.ui.common.ActionTexts;
import io.mqttca.console.ui.common.Confirmation;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * What the operator is asked before a CA changes: the activate / deactivate confirmation with its consequence for
 * devices, and the typed delete confirmation that names how many device certificates go with the CAs.
 */
final class CaConfirmations {

    /** The device count when one of the counts failed or timed out. */
    static final int UNKNOWN_COUNT = -1;
    private static final int LISTED_IN_CONFIRMATION = 8;

    private final UiContext context;
    private final ActionTexts texts;

    CaConfirmations(UiContext context) {
        this.context = context;
        this.texts = new ActionTexts(context);
    }

    /**
     * The confirmation to activate or deactivate {@code targets}; it says why the other selected rows
     * ({@code skipped}) are left out: already in that state, or busy with another change.
     */
    Confirmation status(ChangeAction action, List<CertificateRow> targets, List<CertificateRow> skipped) {
        boolean activate = action == ChangeAction.ACTIVATE_CA;
        boolean one = targets.size() == 1;
        String header;
        String consequence;
        if (activate) {
            header = one ? context.format("certificates.activate.confirm.one", displayName(targets.get(0)))
                : context.format("certificates.activate.confirm.many", targets.size());
            consequence = one ? context.text("certificates.activate.confirm.consequence.one")
                : context.text("certificates.activate.confirm.consequence.many");
        } else {
            header = one ? context.format("certificates.deactivate.confirm.one", displayName(targets.get(0)))
                : context.format("certificates.deactivate.confirm.many", targets.size());
            consequence = one ? context.text("certificates.deactivate.confirm.consequence.one")
                : context.text("certificates.deactivate.confirm.consequence.many");
        }
        return new Confirmation(texts.confirmTitle(action), header, describe(targets) + skippedText(activate, skipped)
            + "\n\n" + consequence, texts.confirmButton(action), !activate);
    }

    private String skippedText(boolean activate, List<CertificateRow> skipped) {
        long busy = skipped.stream().filter(CertificateRow::isBusy).count();
        long same = skipped.size() - busy;
        StringBuilder text = new StringBuilder();
        if (same > 0) {
            text.append("\n\n").append(context.format(activate ? "certificates.confirm.skipped.active"
                : "certificates.confirm.skipped.inactive", same));
        }
        if (busy > 0) {
            text.append(same > 0 ? "\n" : "\n\n").append(context.format("certificates.confirm.skipped.busy", busy));
        }
        return text.toString();
    }

    /** The device certificates under {@code targets} in all, or {@link #UNKNOWN_COUNT} when a count failed. */
    CompletableFuture<Integer> countDevices(InstanceTarget target, List<CertificateRow> targets) {
        List<CompletableFuture<Integer>> counts = targets.stream()
            .map(row -> target.service().countDeviceCertificates(target.instanceId(), row.sn())
                .exceptionally(error -> UNKNOWN_COUNT))
            .collect(Collectors.toList());
        CompletableFuture<Void> all = CompletableFuture.allOf(counts.toArray(new CompletableFuture<?>[0]));
        return all.thenApply(ignored -> counts.stream().map(count -> count.getNow(UNKNOWN_COUNT))
            .reduce(0, (sum, count) -> sum == UNKNOWN_COUNT || count == UNKNOWN_COUNT ? UNKNOWN_COUNT : sum + count));
    }

    /** The typed confirmation to delete {@code targets}, which hold {@code devices} device certificates. */
    Confirmation delete(List<CertificateRow> targets, int devices) {
        String header = targets.size() == 1
            ? context.format("certificates.delete.confirm.one", displayName(targets.get(0)))
            : context.format("certificates.delete.confirm.many", targets.size());
        String consequence = devices == UNKNOWN_COUNT ? context.text("certificates.delete.confirm.devicesUnknown")
            : context.format("certificates.delete.confirm.devices", devices);
        return new Confirmation(texts.confirmTitle(ChangeAction.DELETE_CA), header,
            describe(targets) + "\n\n" + consequence + " " + context.text("certificates.delete.confirm.final"),
            texts.confirmButton(ChangeAction.DELETE_CA), true);
    }

    /** What the operator types to confirm a delete: the CA name (its Sn when it has none), or a phrase for many. */
    String textToType(List<CertificateRow> targets) {
        if (targets.size() == 1) {
            CaCertificate certificate = targets.get(0).certificate();
            return certificate.name().isBlank() ? certificate.sn() : certificate.name();
        }
        return context.format("certificates.delete.typeMany", targets.size());
    }

    String displayName(CertificateRow row) {
        String name = row.certificate().name();
        return name.isBlank() ? context.text("certificates.unnamed") : name;
    }

    private String describe(List<CertificateRow> targets) {
        StringBuilder text = new StringBuilder();
        targets.stream().limit(LISTED_IN_CONFIRMATION).forEach(row -> text.append(text.length() == 0 ? "" : "\n")
            .append(context.format("certificates.confirm.item", displayName(row), row.sn())));
        if (targets.size() > LISTED_IN_CONFIRMATION) {
            text.append('\n').append(context.format("certificates.confirm.more",
                targets.size() - LISTED_IN_CONFIRMATION));
        }
        return text.toString();
    }
}
