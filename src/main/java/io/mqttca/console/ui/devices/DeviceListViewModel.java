package io.mqttca.console.ui.devices;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.ui.common.RemoteListModel;
import io.mqttca.console.ui.common.RowSelection;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.devices.DeviceFilters.ExpiryFilter;
import io.mqttca.console.ui.devices.DeviceFilters.StatusFilter;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The device certificates of one CA or of the whole instance, streamed in page by page on the kit's remote list:
 * the title, the quick filters, which actions the selection allows and the device of the focused row; the changes
 * run in {@link DeviceChanges}. Showing another scope cancels the load in flight.
 */
public final class DeviceListViewModel {

    private final UiContext context;
    private final RemoteListModel<DeviceCertificate, DeviceRow> list;
    private final RowSelection<DeviceRow> selection;
    private final DeviceChanges changes;
    private final ReadOnlyObjectWrapper<DeviceScope> scope = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<ExpiryFilter> expiryFilter = new SimpleObjectProperty<>(ExpiryFilter.ALL);
    private final ReadOnlyObjectWrapper<DeviceRow> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canActivate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDeactivate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper wholeInstance = new ReadOnlyBooleanWrapper(false);
    private final IntegerProperty warningDays = new SimpleIntegerProperty(Expiry.DEFAULT_WARNING_DAYS);

    public DeviceListViewModel(UiContext context) {
        this.context = context;
        DeviceRowFactory rowFactory = new DeviceRowFactory(context, warningDays::get,
            caSn -> scope.get() == null ? caSn : scope.get().caName(caSn));
        this.list = new RemoteListModel<>(context, rowFactory);
        this.selection = new RowSelection<>(list);
        this.changes = new DeviceChanges(context, list, rowFactory, scope::get, selection::changed);
        selection.addListener(this::updateActions);
        warningDays.addListener((observable, before, now) -> list.rows()
            .forEach(row -> rowFactory.update(row, row.certificate())));
        statusFilter.addListener((observable, before, now) -> applyQuickFilters());
        expiryFilter.addListener((observable, before, now) -> applyQuickFilters());
        title.set(context.text("devices.title"));
    }

    /** Lists the device certificates of {@code newScope} (null: none), cancelling the load of the one before. */
    public void show(DeviceScope newScope) {
        scope.set(newScope);
        wholeInstance.set(newScope != null && newScope.ca() == null);
        title.set(titleOf(newScope));
        list.clearFilter();
        list.setStreamingSource(newScope == null ? null : pages -> newScope.target().service()
            .streamDeviceCertificates(newScope.target().instanceId(), newScope.caSn(), pages));
        updateActions();
    }

    private String titleOf(DeviceScope shown) {
        if (shown == null) {
            return context.text("devices.title");
        }
        if (shown.ca() == null) {
            return context.format("devices.titleForInstance", shown.target().instance().name());
        }
        return context.format("devices.titleForCa", shown.caName(shown.caSn()), shown.target().instance().name());
    }

    public void activateSelected() {
        change(ChangeAction.ACTIVATE_DEVICE, row -> !row.isActive());
    }

    public void deactivateSelected() {
        change(ChangeAction.DEACTIVATE_DEVICE, DeviceRow::isActive);
    }

    public void deleteSelected() {
        change(ChangeAction.DELETE_DEVICE, row -> true);
    }

    private void change(ChangeAction action, Predicate<DeviceRow> applies) {
        List<DeviceRow> targets = selection.idle(applies);
        changes.change(action, targets, selection.selected().size() - targets.size());
    }

    /** Copies the DeviceSn values of the selection, one per line. */
    public void copySelectedSns() {
        if (selection.hasSelectionProperty().get()) {
            context.clipboard().copy(selection.selected().stream().map(DeviceRow::deviceSn)
                .collect(Collectors.joining("\n")));
            context.status().message(context.text("devices.copied.sn"));
        }
    }

    /** The table's selection changed: the selected rows and the one with focus. */
    public void setSelection(List<DeviceRow> selectedRows, DeviceRow focused) {
        selection.set(selectedRows, focused);
    }

    public void refresh() {
        list.refresh();
    }

    /** The window closed (or was rebuilt): the load in flight is cancelled, later answers go nowhere. */
    public void close() {
        list.stop();
    }

    private void applyQuickFilters() {
        list.setRowFilter(DeviceFilters.of(statusFilter.get(), expiryFilter.get()));
    }

    private void updateActions() {
        boolean shown = scope.get() != null;
        List<DeviceRow> idle = selection.idle(row -> true);
        canActivate.set(shown && idle.stream().anyMatch(row -> !row.isActive()));
        canDeactivate.set(shown && idle.stream().anyMatch(DeviceRow::isActive));
        canDelete.set(shown && !idle.isEmpty());
        current.set(selection.currentProperty().get());
        int selected = selection.selected().size();
        selectionText.set(selected == 0 ? "" : context.format("certificates.selected", selected));
    }

    public RemoteListModel<DeviceCertificate, DeviceRow> list() {
        return list;
    }

    /** The expiry warning window in days, the same as the CA table's (View > Expiry warning). */
    public IntegerProperty warningDaysProperty() {
        return warningDays;
    }

    public ReadOnlyObjectProperty<DeviceScope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<ExpiryFilter> expiryFilterProperty() {
        return expiryFilter;
    }

    /** The row with focus, whose certificate the details pane shows. */
    public ReadOnlyObjectProperty<DeviceRow> currentRowProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeviceRow> rowToSelectProperty() {
        return selection.rowToSelectProperty();
    }

    /** True when the screen lists every device of the instance (the Issuing CA column shows). */
    public ReadOnlyBooleanProperty wholeInstanceProperty() {
        return wholeInstance.getReadOnlyProperty();
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
