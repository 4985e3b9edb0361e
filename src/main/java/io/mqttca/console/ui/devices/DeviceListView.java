package io.mqttca.console.ui.devices;

import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.ui.common.ListBannerBar;
import io.mqttca.console.ui.common.ListPlaceholder;
import io.mqttca.console.ui.common.ListTables;
import io.mqttca.console.ui.common.PlaceholderTexts;
import io.mqttca.console.ui.common.RemoteListModel;
import io.mqttca.console.ui.common.ResponsiveColumns;
import io.mqttca.console.ui.common.RowStatus;
import io.mqttca.console.ui.common.TableColumns;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.devices.DeviceFilters.ExpiryFilter;
import io.mqttca.console.ui.devices.DeviceFilters.StatusFilter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controller of the device table: binds the table, toolbar, quick filters, progress and banner to the view model. */
public final class DeviceListView {

    /** A device Sn is shown whole, however long (up to the 128 bytes the API allows). */
    private static final double MAX_SN_WIDTH = 1200;

    private final DeviceListViewModel viewModel;
    private final UiContext context;
    private Runnable openDetails = () -> { };

    @FXML
    private Label titleLabel;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label progressLabel;
    @FXML
    private Button refreshButton;
    @FXML
    private Button activateButton;
    @FXML
    private Button deactivateButton;
    @FXML
    private Button deleteButton;
    @FXML
    private ComboBox<StatusFilter> statusFilter;
    @FXML
    private ComboBox<ExpiryFilter> expiryFilter;
    @FXML
    private TextField filterField;
    @FXML
    private Label countLabel;
    @FXML
    private Label selectionLabel;
    @FXML
    private ListBannerBar banner;
    @FXML
    private TableView<DeviceRow> deviceTable;
    @FXML
    private TableColumn<DeviceRow, String> nameColumn;
    @FXML
    private TableColumn<DeviceRow, String> snColumn;
    @FXML
    private TableColumn<DeviceRow, RowStatus> statusColumn;
    @FXML
    private TableColumn<DeviceRow, Instant> validFromColumn;
    @FXML
    private TableColumn<DeviceRow, Instant> validUntilColumn;
    @FXML
    private TableColumn<DeviceRow, Expiry> expiryColumn;
    @FXML
    private TableColumn<DeviceRow, String> caColumn;
    @FXML
    private TableColumn<DeviceRow, String> subjectColumn;
    @FXML
    private ListPlaceholder placeholder;

    public DeviceListView(DeviceListViewModel viewModel, UiContext context) {
        this.viewModel = viewModel;
        this.context = context;
    }

    /** What Enter and a double click on a row do (the screen focuses the details pane). */
    public void setOnOpenDetails(Runnable action) {
        this.openDetails = action;
    }

    /** Puts the caret in the filter box (Ctrl+F). */
    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    public void focusTable() {
        deviceTable.requestFocus();
    }

    @FXML
    private void initialize() {
        RemoteListModel<DeviceCertificate, DeviceRow> list = viewModel.list();
        titleLabel.textProperty().bind(viewModel.titleProperty());
        progressLabel.textProperty().bind(list.progressTextProperty());
        selectionLabel.textProperty().bind(viewModel.selectionTextProperty());
        refreshButton.disableProperty().bind(list.hasSourceProperty().not());
        activateButton.disableProperty().bind(viewModel.canActivateProperty().not());
        deactivateButton.disableProperty().bind(viewModel.canDeactivateProperty().not());
        deleteButton.disableProperty().bind(viewModel.canDeleteProperty().not());
        setUpQuickFilters();
        ListTables.header(list, deviceTable, loadingIndicator, filterField, countLabel);
        banner.attach(list, context);
        placeholder.attach(list, new PlaceholderTexts(context.text("devices.empty.noScope"),
            context.text("devices.state.loading"), context.text("devices.state.empty"),
            context.text("devices.state.empty.detail"), "devices.state.noMatch",
            context.text("devices.state.error")), context);
        setUpColumns();
        setUpTable(list);
    }

    private void setUpQuickFilters() {
        statusFilter.getItems().setAll(StatusFilter.values());
        statusFilter.setConverter(converter("devices.quick.status."));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        expiryFilter.getItems().setAll(ExpiryFilter.values());
        expiryFilter.setConverter(converter("devices.quick.expiry."));
        expiryFilter.valueProperty().bindBidirectional(viewModel.expiryFilterProperty());
    }

    /** Each choice's words: the bundle entry {@code prefix} + the constant's name in lower case. */
    private <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : context.text(prefix + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("The quick filters are chosen, not typed");
            }
        };
    }

    private void setUpColumns() {
        nameColumn.setCellValueFactory(data -> TableColumns.map(data.getValue().certificateProperty(),
            DeviceCertificate::deviceName));
        TableColumns.text(snColumn, row -> TableColumns.map(row.certificateProperty(), DeviceCertificate::deviceSn),
            "monospace");
        subjectColumn.setCellValueFactory(data -> TableColumns.map(data.getValue().certificateProperty(),
            DeviceCertificate::subjectCommonName));
        TableColumns.status(statusColumn, row -> TableColumns.map(row.certificateProperty(),
            DeviceCertificate::status), context);
        TableColumns.date(validFromColumn, row -> TableColumns.map(row.certificateProperty(),
            DeviceCertificate::validBegin), context);
        TableColumns.date(validUntilColumn, row -> TableColumns.map(row.certificateProperty(),
            DeviceCertificate::validEnd), context);
        TableColumns.expiry(expiryColumn, DeviceRow::expiryProperty, context);
        TableColumns.text(caColumn, row -> new ReadOnlyStringWrapper(context.format("devices.column.ca.value",
            row.caName(), row.caSn())).getReadOnlyProperty(), null);
        caColumn.visibleProperty().bind(viewModel.wholeInstanceProperty());
    }

    private void setUpTable(RemoteListModel<DeviceCertificate, DeviceRow> list) {
        ListTables.show(deviceTable, list.filteredRows(), viewModel::setSelection, viewModel.rowToSelectProperty());
        ListTables.markStale(deviceTable, list.staleProperty());
        ListTables.fitToLongest(snColumn, list.rows(), DeviceRow::deviceSn, MAX_SN_WIDTH);
        ResponsiveColumns.fit(deviceTable, List.of(validFromColumn, subjectColumn, validUntilColumn));
        ListTables.rowActions(deviceTable, new DeviceRowMenu(viewModel, context, () -> openDetails.run()).menu(),
            () -> openDetails.run(), viewModel::copySelectedSns);
        ListTables.deleteKey(deviceTable, viewModel::deleteSelected);
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void activate() {
        viewModel.activateSelected();
    }

    @FXML
    private void deactivate() {
        viewModel.deactivateSelected();
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
    }
}
