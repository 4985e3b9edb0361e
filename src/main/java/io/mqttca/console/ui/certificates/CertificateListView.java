package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.ui.common.Badges;
import io.mqttca.console.ui.common.Dates;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.certificates.CertificateListViewModel.ListState;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Controller of the CA table: binds the table, the toolbar, the filter and the placeholder to the view model. */
public final class CertificateListView {

    private final CertificateListViewModel viewModel;
    private final UiContext context;
    private Runnable openDetails = () -> { };

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
    private TextField filterField;
    @FXML
    private Label countLabel;
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
    private VBox placeholder;
    @FXML
    private ProgressIndicator placeholderProgress;
    @FXML
    private FontIcon placeholderIcon;
    @FXML
    private Label placeholderTitle;
    @FXML
    private Label placeholderDetail;
    @FXML
    private Button placeholderRetry;
    @FXML
    private Button placeholderClearFilter;

    public CertificateListView(CertificateListViewModel viewModel, UiContext context) {
        this.viewModel = viewModel;
        this.context = context;
    }

    /** What Enter and a double click on a row do (the composition root focuses the details pane). */
    public void setOnOpenDetails(Runnable action) {
        this.openDetails = action;
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
        certificatesTitleLabel.textProperty().bind(viewModel.titleProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        countLabel.textProperty().bind(viewModel.countTextProperty());
        refreshButton.disableProperty().bind(viewModel.targetProperty().isNull());
        activateButton.disableProperty().bind(viewModel.canActivateProperty().not());
        deactivateButton.disableProperty().bind(viewModel.canDeactivateProperty().not());
        deleteButton.disableProperty().bind(viewModel.canDeleteProperty().not());
        filterField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.clearFilter();
                certificateTable.requestFocus();
            } else if (event.getCode() == KeyCode.DOWN) {
                certificateTable.requestFocus();
            }
        });
        setUpTable();
        viewModel.stateProperty().addListener((observable, before, now) -> showPlaceholder());
        viewModel.loadFailureProperty().addListener((observable, before, now) -> showPlaceholder());
        viewModel.filterTextProperty().addListener((observable, before, now) -> showPlaceholder());
        showPlaceholder();
    }

    private void setUpTable() {
        SortedList<CertificateRow> sorted = new SortedList<>(viewModel.filteredRows());
        sorted.comparatorProperty().bind(certificateTable.comparatorProperty());
        certificateTable.setItems(sorted);
        certificateTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        certificateTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        nameColumn.setCellValueFactory(data -> field(data.getValue(), CaCertificate::name));
        snColumn.setCellValueFactory(data -> field(data.getValue(), CaCertificate::sn));
        snColumn.setCellFactory(column -> textCell("monospace"));
        subjectColumn.setCellValueFactory(data -> field(data.getValue(), CaCertificate::subjectCommonName));
        statusColumn.setCellValueFactory(data -> Bindings.createObjectBinding(
            () -> new RowStatus(data.getValue().certificate().status(), data.getValue().activityProperty().get()),
            data.getValue().certificateProperty(), data.getValue().activityProperty()));
        statusColumn.setCellFactory(column -> new StatusCell());
        validFromColumn.setCellValueFactory(data -> field(data.getValue(), CaCertificate::validBegin));
        validUntilColumn.setCellValueFactory(data -> field(data.getValue(), CaCertificate::validEnd));
        validFromColumn.setCellFactory(column -> new InstantCell());
        validUntilColumn.setCellFactory(column -> new InstantCell());
        validFromColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        validUntilColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        expiryColumn.setCellValueFactory(data -> data.getValue().expiryProperty());
        expiryColumn.setCellFactory(column -> new ExpiryCell());
        expiryColumn.setComparator(Comparator.comparing(Expiry::state).thenComparingLong(Expiry::daysLeft));

        ContextMenu menu = rowMenu();
        certificateTable.setRowFactory(table -> {
            TableRow<CertificateRow> row = new TableRow<>();
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                .otherwise(menu));
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty() && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                    openDetails.run();
                }
            });
            return row;
        });
        certificateTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !certificateTable.getSelectionModel().isEmpty()) {
                event.consume();
                openDetails.run();
            } else if (event.getCode() == KeyCode.DELETE && !event.isShortcutDown()) {
                event.consume();
                viewModel.deleteSelected();
            }
        });
        certificateTable.getSelectionModel().getSelectedItems().addListener(
            (ListChangeListener<CertificateRow>) change -> publishSelection());
        certificateTable.getSelectionModel().selectedItemProperty().addListener(
            (observable, before, now) -> publishSelection());
        viewModel.rowToSelectProperty().addListener((observable, before, row) -> {
            if (row != null) {
                certificateTable.getSelectionModel().clearSelection();
                certificateTable.getSelectionModel().select(row);
                certificateTable.scrollTo(row);
            }
        });
    }

    private void publishSelection() {
        viewModel.setSelection(List.copyOf(certificateTable.getSelectionModel().getSelectedItems()),
            certificateTable.getSelectionModel().getSelectedItem());
    }

    private ContextMenu rowMenu() {
        MenuItem activate = menuItem("certificates.action.activate", new FontIcon(Material2MZ.PLAY_CIRCLE_OUTLINE),
            viewModel::activateSelected);
        activate.disableProperty().bind(viewModel.canActivateProperty().not());
        MenuItem deactivate = menuItem("certificates.action.deactivate",
            new FontIcon(Material2MZ.PAUSE_CIRCLE_OUTLINE), viewModel::deactivateSelected);
        deactivate.disableProperty().bind(viewModel.canDeactivateProperty().not());
        MenuItem delete = menuItem("certificates.action.delete", new FontIcon(Material2AL.DELETE),
            viewModel::deleteSelected);
        delete.disableProperty().bind(viewModel.canDeleteProperty().not());
        MenuItem details = menuItem("certificates.action.details", new FontIcon(Material2AL.INFO),
            () -> openDetails.run());
        MenuItem copySn = menuItem("certificates.action.copySn", new FontIcon(Material2AL.CONTENT_COPY),
            viewModel::copySelectedSns);
        MenuItem refresh = menuItem("certificates.action.refresh", new FontIcon(Material2MZ.REFRESH),
            viewModel::refresh);
        return new ContextMenu(activate, deactivate, delete, new SeparatorMenuItem(), details, copySn,
            new SeparatorMenuItem(), refresh);
    }

    private MenuItem menuItem(String key, FontIcon icon, Runnable action) {
        MenuItem item = new MenuItem(context.text(key), icon);
        item.setOnAction(event -> action.run());
        return item;
    }

    private void showPlaceholder() {
        ListState state = viewModel.stateProperty().get();
        placeholderProgress.setVisible(state == ListState.LOADING);
        placeholderProgress.setManaged(state == ListState.LOADING);
        placeholderIcon.setVisible(state != ListState.LOADING);
        placeholderIcon.setManaged(state != ListState.LOADING);
        placeholderRetry.setVisible(state == ListState.ERROR);
        placeholderRetry.setManaged(state == ListState.ERROR);
        placeholderClearFilter.setVisible(state == ListState.NO_MATCH);
        placeholderClearFilter.setManaged(state == ListState.NO_MATCH);
        placeholder.getStyleClass().remove("placeholder-error");
        String detail = "";
        switch (state) {
            case LOADING:
                placeholderTitle.setText(context.text("certificates.state.loading"));
                break;
            case EMPTY:
                placeholderIcon.setIconCode(Material2AL.INBOX);
                placeholderTitle.setText(context.text("certificates.state.empty"));
                detail = context.text("certificates.state.empty.detail");
                break;
            case NO_MATCH:
                placeholderIcon.setIconCode(Material2MZ.SEARCH_OFF);
                placeholderTitle.setText(context.format("certificates.state.noMatch",
                    viewModel.filterTextProperty().get().strip()));
                break;
            case ERROR:
                placeholder.getStyleClass().add("placeholder-error");
                placeholderIcon.setIconCode(Material2AL.ERROR_OUTLINE);
                placeholderTitle.setText(context.text("certificates.state.error"));
                detail = errorDetail(viewModel.loadFailureProperty().get());
                break;
            case READY:
                break;
            default:
                placeholderIcon.setIconCode(Material2AL.DNS);
                placeholderTitle.setText(context.text("certificates.empty.noInstance"));
                break;
        }
        placeholderDetail.setText(detail);
        placeholderDetail.setVisible(!detail.isEmpty());
        placeholderDetail.setManaged(!detail.isEmpty());
    }

    private String errorDetail(ServiceFailure failure) {
        if (failure == null) {
            return "";
        }
        return failure.explanation() + "\n" + failure.whatToDo() + "\n\n"
            + context.format("certificates.state.error.facts", dash(failure.code()), dash(failure.requestId()));
    }

    private static String dash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    private static <T> ObservableValue<T> field(CertificateRow row, Function<CaCertificate, T> getter) {
        return Bindings.createObjectBinding(() -> getter.apply(row.certificate()), row.certificateProperty());
    }

    private static TableCell<CertificateRow, String> textCell(String style) {
        TableCell<CertificateRow, String> cell = new TableCell<>() {
            /** Re-texted, never rebuilt: a Tooltip is a popup window with its own scene. */
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null;
                setText(blank ? null : item);
                if (!blank) {
                    tooltip.setText(item);
                }
                setTooltip(blank ? null : tooltip);
            }
        };
        cell.getStyleClass().add(style);
        return cell;
    }

    /** The status column's value: the certificate's status and what runs on the row, if anything. */
    record RowStatus(CertificateStatus status, String activity) implements Comparable<RowStatus> {
        boolean busy() {
            return activity != null && !activity.isEmpty();
        }

        @Override
        public int compareTo(RowStatus other) {
            return status.compareTo(other.status);
        }
    }

    /**
     * Badge cells keep their badge attached and hide it on empty rows: a graphic taken out of the scene graph and
     * put back is restyled from scratch, and every filter keystroke empties and refills the visible rows.
     */
    private final class StatusCell extends TableCell<CertificateRow, RowStatus> {
        private final Label badge = Badges.newBadge();
        private final ProgressIndicator spinner = new ProgressIndicator();
        private final Label activity = new Label();
        private final HBox busyBox = new HBox(6, spinner, activity);

        StatusCell() {
            spinner.getStyleClass().add("small-spinner");
            spinner.setPrefSize(16, 16);
            spinner.setMaxSize(16, 16);
            busyBox.getStyleClass().add("row-busy");
            busyBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            badge.setVisible(false);
            setGraphic(badge);
        }

        @Override
        protected void updateItem(RowStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            boolean blank = empty || item == null;
            if (!blank && item.busy()) {
                activity.setText(item.activity());
                setGraphic(busyBox);
                return;
            }
            if (!blank) {
                Badges.showStatus(badge, item.status(), context);
            }
            badge.setVisible(!blank);
            setGraphic(badge);
        }
    }

    private final class ExpiryCell extends TableCell<CertificateRow, Expiry> {
        private final Label badge = Badges.newBadge();

        ExpiryCell() {
            badge.setVisible(false);
            setGraphic(badge);
        }

        @Override
        protected void updateItem(Expiry item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            boolean blank = empty || item == null;
            if (!blank) {
                Badges.showExpiry(badge, item, context);
            }
            badge.setVisible(!blank);
        }
    }

    private final class InstantCell extends TableCell<CertificateRow, Instant> {
        /** One tooltip per cell, re-texted: making a Tooltip per update cost most of a filter keystroke. */
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(Instant item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(Dates.date(item, context.clock().getZone()));
            tooltip.setText(Dates.dateTimeSeconds(item, context.clock().getZone()) + "  (" + item + ")");
            setTooltip(tooltip);
        }
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
    private void clearFilter() {
        viewModel.clearFilter();
    }
}
