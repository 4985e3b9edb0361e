package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.Listing;
import io.mqttca.console.service.BulkProgress;
import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.ui.common.Confirmation;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The CA certificates of the selected instance: loading them, the filter and its "N of M", the expiry markers, the
 * state the table's placeholder explains (no instance, loading, empty, no match, error), which actions the
 * selection allows, and the activate / deactivate / delete flows with their confirmations, row progress, bulk
 * progress, error dialogs and automatic refresh. Every service call runs off the UI thread; results land through
 * the context's UI executor.
 */
public final class CertificateListViewModel {

    /** What the table shows, and so what its placeholder says. */
    public enum ListState {
        NO_INSTANCE,
        LOADING,
        READY,
        EMPTY,
        NO_MATCH,
        ERROR
    }

    private static final int UNKNOWN_COUNT = -1;
    private static final int LISTED_IN_CONFIRMATION = 8;

    private final UiContext context;
    private final BulkRunPresenter bulkPresenter;
    private final ObservableList<CertificateRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CertificateRow> filteredRows = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ListState> state = new ReadOnlyObjectWrapper<>(ListState.NO_INSTANCE);
    private final ReadOnlyObjectWrapper<ServiceFailure> loadFailure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<InstanceTarget> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final IntegerProperty warningDays = new SimpleIntegerProperty(Expiry.DEFAULT_WARNING_DAYS);
    private final List<CertificateRow> selection = new ArrayList<>();
    private final ReadOnlyObjectWrapper<CertificateRow> currentRow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CaCertificate> currentCertificate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CertificateRow> rowToSelect = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canActivate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDeactivate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(false);
    private String snToSelect;
    private long loadGeneration;

    public CertificateListViewModel(UiContext context, BulkRunPresenter bulkPresenter) {
        this.context = context;
        this.bulkPresenter = bulkPresenter;
        filterText.addListener((observable, before, now) -> applyFilter());
        filteredRows.addListener((javafx.collections.ListChangeListener<CertificateRow>) change -> updateCount());
        rows.addListener((javafx.collections.ListChangeListener<CertificateRow>) change -> updateCount());
        warningDays.addListener((observable, before, now) -> rows.forEach(row ->
            row.update(row.certificate(), expiryOf(row.certificate()))));
        updateCount();
        title.set(context.text("certificates.title"));
    }

    /** Shows the CA certificates of {@code newTarget} (null: no instance selected) and loads them. */
    public void showInstance(InstanceTarget newTarget) {
        target.set(newTarget);
        rows.clear();
        loadFailure.set(null);
        title.set(newTarget == null ? context.text("certificates.title")
            : context.format("certificates.titleFor", newTarget.instance().name()));
        loadGeneration++;
        loading.set(false);
        updateState();
        refresh();
    }

    /** Selects the row with this Sn once it is loaded (restoring the last selection). */
    public void selectWhenLoaded(String sn) {
        snToSelect = sn;
        selectPendingRow();
    }

    /** Reloads the list from the service. */
    public void refresh() {
        InstanceTarget current = target.get();
        if (current == null) {
            return;
        }
        long generation = ++loadGeneration;
        loading.set(true);
        updateState();
        context.status().beginWork();
        CompletableFuture<List<CaCertificate>> listed = current.service().listCaCertificates(current.instanceId())
            .thenApply(Listing::items);
        listed.whenCompleteAsync((certificates, error) -> {
            context.status().endWork();
            if (generation != loadGeneration) {
                return;
            }
            loading.set(false);
            if (error != null) {
                rows.clear();
                loadFailure.set(ErrorReport.failureOf(error, context));
            } else {
                loadFailure.set(null);
                merge(certificates);
            }
            updateState();
            updateSelectionState();
        }, context.ui());
    }

    /** The table's selection changed: the selected rows and the one with focus (shown in the details pane). */
    public void setSelection(List<CertificateRow> selectedRows, CertificateRow focused) {
        selection.clear();
        selection.addAll(selectedRows);
        currentRow.set(focused != null ? focused : selectedRows.isEmpty() ? null : selectedRows.get(0));
        updateSelectionState();
    }

    /** Activates the inactive certificates of the selection, after confirmation. */
    public void activateSelected() {
        change(ChangeAction.ACTIVATE_CA, selected(row -> !row.isActive()));
    }

    /** Deactivates the active certificates of the selection, after a confirmation that warns about devices. */
    public void deactivateSelected() {
        change(ChangeAction.DEACTIVATE_CA, selected(CertificateRow::isActive));
    }

    /** Deletes the selected certificates after a typed confirmation that counts the device certificates. */
    public void deleteSelected() {
        List<CertificateRow> targets = selected(row -> true);
        InstanceTarget current = target.get();
        if (targets.isEmpty() || current == null) {
            return;
        }
        context.status().beginWork();
        context.status().message(context.text("certificates.delete.counting"));
        List<CompletableFuture<Integer>> counts = targets.stream()
            .map(row -> current.service().countDeviceCertificates(current.instanceId(), row.sn())
                .exceptionally(error -> UNKNOWN_COUNT))
            .collect(Collectors.toList());
        CompletableFuture.allOf(counts.toArray(new CompletableFuture<?>[0])).whenCompleteAsync((ignored, error) -> {
            context.status().endWork();
            context.status().message("");
            if (current != target.get()) {
                return;
            }
            int devices = 0;
            for (CompletableFuture<Integer> count : counts) {
                int value = count.getNow(UNKNOWN_COUNT);
                devices = value == UNKNOWN_COUNT || devices == UNKNOWN_COUNT ? UNKNOWN_COUNT : devices + value;
            }
            if (context.dialogs().confirmTyped(deleteConfirmation(targets, devices), textToTypeFor(targets))) {
                run(ChangeAction.DELETE_CA, targets);
            }
        }, context.ui());
    }

    /** Copies the Sn values of the selection, one per line. */
    public void copySelectedSns() {
        if (!selection.isEmpty()) {
            context.clipboard().copy(selection.stream().map(CertificateRow::sn).collect(Collectors.joining("\n")));
            context.status().message(context.text("certificates.copied.sn"));
        }
    }

    /** Empties the filter box. */
    public void clearFilter() {
        filterText.set("");
    }

    private void change(ChangeAction action, List<CertificateRow> targets) {
        if (targets.isEmpty() || target.get() == null) {
            return;
        }
        if (context.dialogs().confirm(statusConfirmation(action, targets))) {
            run(action, targets);
        }
    }

    private void run(ChangeAction action, List<CertificateRow> targets) {
        if (targets.size() == 1) {
            runSingle(action, targets.get(0));
        } else {
            runBulk(action, targets);
        }
    }

    private void runSingle(ChangeAction action, CertificateRow row) {
        InstanceTarget current = target.get();
        row.busy(ActionTexts.running(action, context));
        updateSelectionState();
        context.status().beginWork();
        current.service().changeCaCertificates(current.instanceId(), action, List.of(row.sn()), BulkProgress.none())
            .results().whenCompleteAsync((results, error) -> {
                context.status().endWork();
                row.busy(null);
                ItemResult result = error != null || results.isEmpty()
                    ? ItemResult.failed(row.sn(), action, ErrorReport.failureOf(
                        error != null ? error : new IllegalStateException("No result"), context))
                    : results.get(0);
                if (current == target.get()) {
                    applyResults(action, List.of(result));
                }
                // Before the (modal) error dialog, so the actions behind it already match the row again.
                updateSelectionState();
                if (!result.succeeded()) {
                    context.status().requestId(result.requestId());
                    context.status().message(ActionTexts.failureTitle(action, context));
                    context.dialogs().showError(ErrorReport.of(ActionTexts.failureTitle(action, context),
                        result.failure()));
                }
            }, context.ui());
    }

    private void runBulk(ChangeAction action, List<CertificateRow> targets) {
        InstanceTarget current = target.get();
        Map<String, CertificateRow> bySn = targets.stream()
            .collect(Collectors.toMap(CertificateRow::sn, row -> row, (a, b) -> a));
        BulkRunViewModel run = new BulkRunViewModel(context, current, action,
            targets.stream().map(CertificateRow::certificate).collect(Collectors.toList()),
            new BulkRunViewModel.Listener() {
                @Override
                public void started(List<String> sns) {
                    sns.stream().map(bySn::get).filter(row -> row != null)
                        .forEach(row -> row.busy(ActionTexts.running(action, context)));
                    updateSelectionState();
                }

                @Override
                public void finished(List<ItemResult> results) {
                    bySn.values().forEach(row -> row.busy(null));
                    if (current == target.get()) {
                        applyResults(action, results);
                    }
                    updateSelectionState();
                }
            });
        run.start();
        bulkPresenter.show(run);
    }

    /** Updates the rows the changes succeeded on and refreshes when anything changed. */
    private void applyResults(ChangeAction action, List<ItemResult> results) {
        List<ItemResult> succeeded = results.stream().filter(ItemResult::succeeded).collect(Collectors.toList());
        if (succeeded.isEmpty()) {
            return;
        }
        Set<String> changed = succeeded.stream().map(ItemResult::sn).collect(Collectors.toSet());
        String firstName = "";
        for (ItemResult result : succeeded) {
            context.status().requestId(result.requestId());
        }
        for (CertificateRow row : List.copyOf(rows)) {
            if (changed.contains(row.sn())) {
                firstName = firstName.isEmpty() ? displayName(row) : firstName;
                if (action == ChangeAction.DELETE_CA) {
                    rows.remove(row);
                } else {
                    CertificateStatus status = action == ChangeAction.ACTIVATE_CA ? CertificateStatus.ACTIVE
                        : CertificateStatus.INACTIVE;
                    row.update(row.certificate().withStatus(status), row.expiry());
                }
            }
        }
        context.status().message(ActionTexts.succeeded(action, firstName, succeeded.size(), context));
        selection.removeIf(row -> !rows.contains(row));
        if (currentRow.get() != null && !rows.contains(currentRow.get())) {
            currentRow.set(null);
        }
        updateState();
        updateSelectionState();
        refresh();
    }

    private void merge(List<CaCertificate> certificates) {
        Map<String, CaCertificate> bySn = new HashMap<>();
        certificates.forEach(certificate -> bySn.put(certificate.sn(), certificate));
        rows.removeIf(row -> !bySn.containsKey(row.sn()));
        Set<String> present = new HashSet<>();
        for (CertificateRow row : rows) {
            row.update(bySn.get(row.sn()), expiryOf(bySn.get(row.sn())));
            present.add(row.sn());
        }
        List<CertificateRow> added = certificates.stream().filter(certificate -> present.add(certificate.sn()))
            .map(certificate -> new CertificateRow(certificate, expiryOf(certificate)))
            .collect(Collectors.toList());
        rows.addAll(added);
        selection.removeIf(row -> !rows.contains(row));
        if (currentRow.get() != null && !rows.contains(currentRow.get())) {
            currentRow.set(null);
        }
        selectPendingRow();
    }

    private void selectPendingRow() {
        if (snToSelect == null) {
            return;
        }
        for (CertificateRow row : rows) {
            if (row.sn().equals(snToSelect)) {
                snToSelect = null;
                rowToSelect.set(null);
                rowToSelect.set(row);
                return;
            }
        }
    }

    private Expiry expiryOf(CaCertificate certificate) {
        return Expiry.of(certificate.validEnd(), context.clock().instant(), warningDays.get());
    }

    private void applyFilter() {
        String filter = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        filteredRows.setPredicate(filter.isEmpty() ? null : row -> row.matches(filter));
        updateState();
    }

    private void updateCount() {
        countText.set(context.format("certificates.count", filteredRows.size(), rows.size()));
    }

    private void updateState() {
        if (target.get() == null) {
            state.set(ListState.NO_INSTANCE);
        } else if (loadFailure.get() != null) {
            state.set(ListState.ERROR);
        } else if (rows.isEmpty()) {
            state.set(loading.get() ? ListState.LOADING : ListState.EMPTY);
        } else if (filteredRows.isEmpty()) {
            state.set(ListState.NO_MATCH);
        } else {
            state.set(ListState.READY);
        }
    }

    private void updateSelectionState() {
        boolean connected = target.get() != null;
        List<CertificateRow> idle = selection.stream().filter(row -> !row.isBusy()).collect(Collectors.toList());
        hasSelection.set(!selection.isEmpty());
        canActivate.set(connected && idle.stream().anyMatch(row -> !row.isActive()));
        canDeactivate.set(connected && idle.stream().anyMatch(CertificateRow::isActive));
        canDelete.set(connected && !idle.isEmpty());
        CertificateRow row = currentRow.get();
        currentCertificate.set(row == null ? null : row.certificate());
    }

    private List<CertificateRow> selected(Predicate<CertificateRow> condition) {
        return selection.stream().filter(row -> !row.isBusy()).filter(condition).collect(Collectors.toList());
    }

    private Confirmation statusConfirmation(ChangeAction action, List<CertificateRow> targets) {
        boolean activate = action == ChangeAction.ACTIVATE_CA;
        String header;
        if (targets.size() == 1) {
            header = context.format(activate ? "certificates.activate.confirm.one"
                : "certificates.deactivate.confirm.one", displayName(targets.get(0)));
        } else {
            header = context.format(activate ? "certificates.activate.confirm.many"
                : "certificates.deactivate.confirm.many", targets.size());
        }
        boolean one = targets.size() == 1;
        String consequence = activate ? (one ? context.text("certificates.activate.confirm.consequence.one")
            : context.text("certificates.activate.confirm.consequence.many"))
            : (one ? context.text("certificates.deactivate.confirm.consequence.one")
            : context.text("certificates.deactivate.confirm.consequence.many"));
        return new Confirmation(ActionTexts.confirmTitle(action, context), header,
            describe(targets) + "\n\n" + consequence, ActionTexts.confirmButton(action, context), !activate);
    }

    private Confirmation deleteConfirmation(List<CertificateRow> targets, int devices) {
        String header = targets.size() == 1
            ? context.format("certificates.delete.confirm.one", displayName(targets.get(0)))
            : context.format("certificates.delete.confirm.many", targets.size());
        String consequence = devices == UNKNOWN_COUNT ? context.text("certificates.delete.confirm.devicesUnknown")
            : context.format("certificates.delete.confirm.devices", devices);
        return new Confirmation(ActionTexts.confirmTitle(ChangeAction.DELETE_CA, context), header,
            describe(targets) + "\n\n" + consequence + " " + context.text("certificates.delete.confirm.final"),
            ActionTexts.confirmButton(ChangeAction.DELETE_CA, context), true);
    }

    /** What the operator types to confirm a delete: the CA name (its Sn when it has none), or a phrase for many. */
    private String textToTypeFor(List<CertificateRow> targets) {
        if (targets.size() == 1) {
            CaCertificate certificate = targets.get(0).certificate();
            return certificate.name().isBlank() ? certificate.sn() : certificate.name();
        }
        return context.format("certificates.delete.typeMany", targets.size());
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

    private String displayName(CertificateRow row) {
        String name = row.certificate().name();
        return name.isBlank() ? context.text("certificates.unnamed") : name;
    }

    public ObservableList<CertificateRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The rows that pass the filter (the table sorts them). */
    public ObservableList<CertificateRow> filteredRows() {
        return filteredRows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** "N of M": rows shown of rows loaded. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ListState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last load failed, or null. */
    public ReadOnlyObjectProperty<ServiceFailure> loadFailureProperty() {
        return loadFailure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InstanceTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The expiry warning window in days (default 30). */
    public IntegerProperty warningDaysProperty() {
        return warningDays;
    }

    /** The row with focus, whose certificate the details pane shows. */
    public ReadOnlyObjectProperty<CertificateRow> currentRowProperty() {
        return currentRow.getReadOnlyProperty();
    }

    /** The certificate of the row with focus, updated when the row's certificate changes. */
    public ReadOnlyObjectProperty<CaCertificate> currentCertificateProperty() {
        return currentCertificate.getReadOnlyProperty();
    }

    /** A row the table should select and show (set when a remembered selection is loaded). */
    public ReadOnlyObjectProperty<CertificateRow> rowToSelectProperty() {
        return rowToSelect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canActivateProperty() {
        return canActivate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDeactivateProperty() {
        return canDeactivate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDeleteProperty() {
        return canDelete.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }
}
