package io.mqttca.console.ui.activity;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.JournalEntry;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Controller of the collapsible activity panel: the journal as a table with copy actions, the selected instance's
 * entries unless "All connections" is ticked.
 */
public final class ActivityView {

    private final ActivityViewModel viewModel;

    @FXML
    private TitledPane activityPane;
    @FXML
    private CheckBox showAllCheck;
    @FXML
    private Label emptyLabel;
    @FXML
    private TableView<JournalEntry> activityTable;
    @FXML
    private TableColumn<JournalEntry, String> timeColumn;
    @FXML
    private TableColumn<JournalEntry, String> profileColumn;
    @FXML
    private TableColumn<JournalEntry, String> instanceColumn;
    @FXML
    private TableColumn<JournalEntry, ChangeAction> actionColumn;
    @FXML
    private TableColumn<JournalEntry, String> snColumn;
    @FXML
    private TableColumn<JournalEntry, JournalEntry.Outcome> outcomeColumn;
    @FXML
    private TableColumn<JournalEntry, String> codeColumn;
    @FXML
    private TableColumn<JournalEntry, String> requestIdColumn;
    @FXML
    private MenuItem copyRequestIdItem;
    @FXML
    private MenuItem copyEntryItem;

    public ActivityView(ActivityViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        activityPane.textProperty().bind(viewModel.titleBinding());
        activityTable.setItems(viewModel.entries());
        showAllCheck.selectedProperty().bindBidirectional(viewModel.showAllProperty());
        emptyLabel.textProperty().bind(viewModel.emptyTextBinding());
        timeColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(viewModel.timeText(data.getValue())));
        profileColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().profile()));
        instanceColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().instanceId()));
        actionColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().action()));
        actionColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ChangeAction item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.actionText(item));
            }
        });
        snColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().sn()));
        outcomeColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().outcome()));
        outcomeColumn.setCellFactory(column -> new OutcomeCell());
        codeColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().code()));
        requestIdColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().requestId()));
        copyRequestIdItem.setOnAction(event ->
            viewModel.copyRequestId(activityTable.getSelectionModel().getSelectedItem()));
        copyEntryItem.setOnAction(event -> viewModel.copyEntry(activityTable.getSelectionModel().getSelectedItem()));
        activityTable.setContextMenu(new ContextMenu(copyRequestIdItem, copyEntryItem));
    }

    private final class OutcomeCell extends TableCell<JournalEntry, JournalEntry.Outcome> {
        @Override
        protected void updateItem(JournalEntry.Outcome item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("outcome-succeeded", "outcome-failed");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean succeeded = item == JournalEntry.Outcome.SUCCEEDED;
            setText(viewModel.outcomeText(item));
            setGraphic(new FontIcon(succeeded ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR));
            getStyleClass().add(succeeded ? "outcome-succeeded" : "outcome-failed");
        }
    }
}
