package io.mqttca.console.ui.common;

import io.mqttca.console.ui.common.BulkRunViewModel.Item;
import io.mqttca.console.ui.common.BulkRunViewModel.Outcome;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Controller of the bulk progress dialog: bar, count, one line per item, cancel, retry and close. */
public final class BulkRunView {

    private final BulkRunViewModel viewModel;
    private final Runnable closeWindow;

    @FXML
    private Label bulkTitleLabel;
    @FXML
    private ProgressBar bulkProgressBar;
    @FXML
    private Label bulkCountLabel;
    @FXML
    private Label bulkSummaryLabel;
    @FXML
    private ListView<Item> bulkItemList;
    @FXML
    private Button bulkRetryButton;
    @FXML
    private Button bulkCancelButton;
    @FXML
    private Button bulkCloseButton;

    BulkRunView(BulkRunViewModel viewModel, Runnable closeWindow) {
        this.viewModel = viewModel;
        this.closeWindow = closeWindow;
    }

    @FXML
    private void initialize() {
        bulkTitleLabel.textProperty().bind(viewModel.titleProperty());
        bulkProgressBar.progressProperty().bind(viewModel.progressProperty());
        bulkCountLabel.textProperty().bind(viewModel.countTextProperty());
        bulkSummaryLabel.textProperty().bind(viewModel.summaryProperty());
        bulkItemList.setItems(viewModel.items());
        bulkItemList.setCellFactory(list -> new ItemCell());
        bulkRetryButton.visibleProperty().bind(viewModel.canRetryProperty());
        bulkCancelButton.disableProperty().bind(viewModel.runningProperty().not().or(viewModel.cancellingProperty()));
        bulkCancelButton.visibleProperty().bind(viewModel.runningProperty());
        bulkCloseButton.disableProperty().bind(viewModel.runningProperty());
    }

    @FXML
    private void retry() {
        viewModel.retryFailed();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void close() {
        closeWindow.run();
    }

    private static final class ItemCell extends ListCell<Item> {
        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label sn = new Label();
        private final Label detail = new Label();
        private final VBox text = new VBox(2, new HBox(8, name, sn), detail);
        private final HBox box = new HBox(10, icon, text);
        private final ChangeListener<Outcome> outcomeListener = (observable, before, now) -> showOutcome(now);
        private Item shown;

        ItemCell() {
            setPrefWidth(0);
            sn.getStyleClass().addAll("monospace", "text-muted");
            detail.getStyleClass().add("bulk-item-detail");
            detail.setWrapText(true);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            detail.textProperty().unbind();
            if (shown != null) {
                shown.outcomeProperty().removeListener(outcomeListener);
                shown = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            sn.setText(item.key());
            detail.textProperty().bind(item.detailProperty());
            showOutcome(item.outcome());
            item.outcomeProperty().addListener(outcomeListener);
            shown = item;
            setGraphic(box);
        }

        private void showOutcome(Outcome outcome) {
            icon.getStyleClass().removeIf(style -> style.startsWith("outcome-"));
            icon.setIconCode(switch (outcome) {
                case SUCCEEDED -> Material2AL.CHECK_CIRCLE;
                case FAILED -> Material2AL.ERROR;
                case CANCELLED -> Material2AL.BLOCK;
                case PENDING -> Material2MZ.SCHEDULE;
            });
            icon.getStyleClass().add("outcome-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
