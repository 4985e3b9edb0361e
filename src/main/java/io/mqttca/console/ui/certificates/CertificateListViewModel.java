package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.RemoteListModel;
import io.mqttca.console.ui.common.RowSelection;
import io.mqttca.console.ui.common.UiContext;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The CA certificates of the selected instance, on the kit's remote list and selection: the title, the expiry
 * warning window, which actions the selection allows and the certificate of the focused row; the changes
 * themselves run in {@link CaChanges}. Every service call runs off the UI thread; results land through the UI
 * executor.
 */
public final class CertificateListViewModel {

    private final UiContext context;
    private final IntegerProperty warningDays = new SimpleIntegerProperty(Expiry.DEFAULT_WARNING_DAYS);
    private final CaRowFactory rowFactory;
    private final RemoteListModel<CaCertificate, CertificateRow> list;
    private final RowSelection<CertificateRow> selection;
    private final CaChanges changes;
    private final DeviceCounts deviceCounts;
    private final ReadOnlyObjectWrapper<InstanceTarget> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CaCertificate> currentCertificate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canActivate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDeactivate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper(false);

    public CertificateListViewModel(UiContext context) {
        this.context = context;
        this.rowFactory = new CaRowFactory(context, warningDays);
        this.list = new RemoteListModel<>(context, rowFactory);
        this.selection = new RowSelection<>(list);
        this.changes = new CaChanges(context, list, rowFactory, target::get, selection::changed);
        this.deviceCounts = new DeviceCounts(context, target::get);
        list.addLoadListener(() -> deviceCounts.rowsLoaded(list.rows()));
        selection.addListener(this::updateActions);
        warningDays.addListener((observable, before, now) -> list.rows()
            .forEach(row -> rowFactory.update(row, row.certificate())));
        title.set(context.text("certificates.title"));
    }

    /** Shows the CA certificates of {@code newTarget} (null: no instance selected) and loads them. */
    public void showInstance(InstanceTarget newTarget) {
        deviceCounts.reset();
        target.set(newTarget);
        title.set(newTarget == null ? context.text("certificates.title")
            : context.format("certificates.titleFor", newTarget.instance().name()));
        list.setSource(newTarget == null ? null : () -> newTarget.service().listCaCertificates(newTarget.instanceId()));
        updateActions();
    }

    /** Activates the inactive certificates of the selection, after confirmation. */
    public void activateSelected() {
        List<CertificateRow> targets = selection.idle(row -> !row.isActive());
        changes.changeStatus(ChangeAction.ACTIVATE_CA, targets, skippedOf(targets));
    }

    /** Deactivates the active certificates of the selection, after a confirmation that warns about devices. */
    public void deactivateSelected() {
        List<CertificateRow> targets = selection.idle(CertificateRow::isActive);
        changes.changeStatus(ChangeAction.DEACTIVATE_CA, targets, skippedOf(targets));
    }

    /** The selected rows a change leaves out: already in the wanted state, or busy with another change. */
    private List<CertificateRow> skippedOf(List<CertificateRow> targets) {
        return selection.selected().stream().filter(row -> !targets.contains(row)).toList();
    }

    /** Deletes the selected certificates after a typed confirmation that counts the device certificates. */
    public void deleteSelected() {
        changes.delete(selection.idle(row -> true));
    }

    /** The Devices cell of {@code row} is on screen while its count is pending: count it next. */
    public void deviceCountShown(CertificateRow row) {
        deviceCounts.shownOnScreen(row);
    }

    /** Copies the Sn values of the selection, one per line. */
    public void copySelectedSns() {
        if (selection.hasSelectionProperty().get()) {
            context.clipboard().copy(selection.selected().stream().map(CertificateRow::sn)
                .collect(Collectors.joining("\n")));
            context.status().message(context.text("certificates.copied.sn"));
        }
    }

    private void updateActions() {
        boolean connected = target.get() != null;
        List<CertificateRow> idle = selection.idle(row -> true);
        canActivate.set(connected && idle.stream().anyMatch(row -> !row.isActive()));
        canDeactivate.set(connected && idle.stream().anyMatch(CertificateRow::isActive));
        canDelete.set(connected && !idle.isEmpty());
        CertificateRow row = selection.currentProperty().get();
        currentCertificate.set(row == null ? null : row.certificate());
        int selected = selection.selected().size();
        selectionText.set(selected == 0 ? "" : context.format("certificates.selected", selected));
    }

    /** "3 selected", or empty when nothing is. */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** The list under the table: rows, filter, "N of M", state, banner (the view binds to it). */
    public RemoteListModel<CaCertificate, CertificateRow> list() {
        return list;
    }

    /** Selects the row with this Sn once it is loaded (restoring the last selection). */
    public void selectWhenLoaded(String sn) {
        selection.selectWhenLoaded(sn);
    }

    /** The table's selection changed: the selected rows and the one with focus (shown in the details pane). */
    public void setSelection(List<CertificateRow> selectedRows, CertificateRow focused) {
        selection.set(selectedRows, focused);
    }

    public void refresh() {
        list.refresh();
    }

    /** The window closed (or was rebuilt): later answers and retries go nowhere. */
    public void close() {
        list.stop();
        deviceCounts.reset();
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
        return selection.currentProperty();
    }

    /** The certificate of the row with focus, updated when the row's certificate changes. */
    public ReadOnlyObjectProperty<CaCertificate> currentCertificateProperty() {
        return currentCertificate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CertificateRow> rowToSelectProperty() {
        return selection.rowToSelectProperty();
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
        return selection.hasSelectionProperty();
    }
}
