package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.CaCertificate;
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
import java.time.Instant;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of the CA table: binds the table, the toolbar, the filter, banner and placeholder to the view model. */
public final class CertificateListView {

    /** About 40 hex digits: longer serials are rare and keep their tooltip. */
    private static final double MAX_SN_WIDTH = 360;

    private final CertificateListViewModel viewModel;
    private final UiContext context;
    private Runnable openDetails = () -> { };
    private Runnable openDevices = () -> { };

    @FXML
    private Label certificatesTitleLabel;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Button refreshButton;
    @FXML
    private Button activateButton;
    @FXML
    private Button deactivateButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button devicesButton;
    @FXML
    private TextField filterField;
    @FXML
    private Label countLabel;
    @FXML
    private Label selectionLabel;
    @FXML
    private ListBannerBar banner;
    @FXML
    private TableView<CertificateRow> certificateTable;
    @FXML
    private TableColumn<CertificateRow, String> nameColumn;
    @FXML
    private TableColumn<CertificateRow, String> snColumn;
    @FXML
    private TableColumn<CertificateRow, RowStatus> statusColumn;
    @FXML
    private TableColumn<CertificateRow, Instant> validFromColumn;
    @FXML
    private TableColumn<CertificateRow, Instant> validUntilColumn;
    @FXML
    private TableColumn<CertificateRow, Expiry> expiryColumn;
    @FXML
    private TableColumn<CertificateRow, String> subjectColumn;
    @FXML
    private TableColumn<CertificateRow, DeviceCount> devicesColumn;
    @FXML
    private ListPlaceholder placeholder;

    public CertificateListView(CertificateListViewModel viewModel, UiContext context) {
        this.viewModel = viewModel;
        this.context = context;
    }

    /** What "Show details" does (the composition root focuses the details pane). */
    public void setOnOpenDetails(Runnable action) {
        this.openDetails = action;
    }

    /** What Enter, a double click and the Devices button do: open the device certificates of the CA. */
    public void setOnOpenDevices(Runnable action) {
        this.openDevices = action;
    }

    /** Puts the caret in the filter box (Ctrl+F). */
    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    public void focusTable() {
        certificateTable.requestFocus();
    }

    @FXML
    private void initialize() {
        RemoteListModel<CaCertificate, CertificateRow> list = viewModel.list();
        certificatesTitleLabel.textProperty().bind(viewModel.titleProperty());
        selectionLabel.textProperty().bind(viewModel.selectionTextProperty());
        refreshButton.disableProperty().bind(list.hasSourceProperty().not());
        activateButton.disableProperty().bind(viewModel.canActivateProperty().not());
        deactivateButton.disableProperty().bind(viewModel.canDeactivateProperty().not());
        deleteButton.disableProperty().bind(viewModel.canDeleteProperty().not());
        devicesButton.disableProperty().bind(viewModel.currentRowProperty().isNull());
        ListTables.header(list, certificateTable, loadingIndicator, filterField, countLabel);
        banner.attach(list, context);
        placeholder.attach(list, new PlaceholderTexts(context.text("certificates.empty.noInstance"),
            context.text("certificates.state.loading"), context.text("certificates.state.empty"),
            context.text("certificates.state.empty.detail"), "certificates.state.noMatch",
            context.text("certificates.state.error")), context);
        setUpColumns();
        setUpTable(list);
    }

    private void setUpColumns() {
        nameColumn.setCellValueFactory(data -> TableColumns.map(data.getValue().certificateProperty(),
            CaCertificate::name));
        TableColumns.text(snColumn, row -> TableColumns.map(row.certificateProperty(), CaCertificate::sn),
            "monospace");
        subjectColumn.setCellValueFactory(data -> TableColumns.map(data.getValue().certificateProperty(),
            CaCertificate::subjectCommonName));
        TableColumns.status(statusColumn, row -> TableColumns.map(row.certificateProperty(), CaCertificate::status),
            context);
        TableColumns.date(validFromColumn, row -> TableColumns.map(row.certificateProperty(),
            CaCertificate::validBegin), context);
        TableColumns.date(validUntilColumn, row -> TableColumns.map(row.certificateProperty(),
            CaCertificate::validEnd), context);
        TableColumns.expiry(expiryColumn, CertificateRow::expiryProperty, context);
        devicesColumn.setCellValueFactory(data -> data.getValue().deviceCountProperty());
        devicesColumn.setCellFactory(ignored -> new DeviceCountCell(context, viewModel::deviceCountShown));
    }

    private void setUpTable(RemoteListModel<CaCertificate, CertificateRow> list) {
        ListTables.show(certificateTable, list.filteredRows(), viewModel::setSelection,
            viewModel.rowToSelectProperty());
        ListTables.markStale(certificateTable, list.staleProperty());
        ListTables.fitToLongest(snColumn, list.rows(), CertificateRow::sn, MAX_SN_WIDTH);
        // Status and expiry are what the table is read for; the rest is also in the details pane.
        ResponsiveColumns.fit(certificateTable, List.of(validFromColumn, subjectColumn, devicesColumn,
            validUntilColumn));
        ListTables.rowActions(certificateTable, new CaRowMenu(viewModel, context, () -> openDetails.run(),
            () -> openDevices.run()).menu(), () -> openDevices.run(), viewModel::copySelectedSns);
        ListTables.deleteKey(certificateTable, viewModel::deleteSelected);
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

    @FXML
    private void showDevices() {
        openDevices.run();
    }
}
