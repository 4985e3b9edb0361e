package io.mqttca.console.ui.common;

import io.mqttca.console.ui.common.BulkRunViewModel.Item;
import io.mqttca.console.ui.common.BulkRunViewModel.Outcome;
import java.util.ResourceBundle;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Controller of the bulk progress dialog: bar, count, pace (rate and time left), totals over every attempt, one
 * line per item (Ctrl+C or its menu copies it), cancel, retry, copy of the failures and close.
 */
public final class BulkRunView {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final BulkRunViewModel viewModel;
    private final Runnable closeWindow;
    // Without a tick the pace would only change when an item finishes, and freeze while the service stalls.
    private final Timeline paceTicks;

    @FXML
    private ResourceBundle resources;
    @FXML
    private Label bulkTitleLabel;
    @FXML
    private ProgressBar bulkProgressBar;
    @FXML
    private Label bulkCountLabel;
    @FXML
    private Label bulkPaceLabel;
    @FXML
    private Label bulkSummaryLabel;
    @FXML
    private ListView<Item> bulkItemList;
    @FXML
    private Button bulkRetryButton;
    @FXML
    private Button bulkCopyButton;
    @FXML
    private Button bulkCancelButton;
    @FXML
    private Button bulkCloseButton;

    BulkRunView(BulkRunViewModel viewModel, Runnable closeWindow) {
        this.viewModel = viewModel;
        this.closeWindow = closeWindow;
        this.paceTicks = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.refreshPace()));
        paceTicks.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        bulkTitleLabel.textProperty().bind(viewModel.titleProperty());
        bulkProgressBar.progressProperty().bind(viewModel.progressProperty());
        bulkCountLabel.textProperty().bind(viewModel.countTextProperty());
        bulkSummaryLabel.textProperty().bind(viewModel.summaryProperty());
        bulkPaceLabel.textProperty().bind(viewModel.paceTextProperty());
        viewModel.runningProperty().addListener((observable, before, now) -> tickWhile(now));
        tickWhile(viewModel.runningProperty().get());
        bulkItemList.setItems(viewModel.items());
        bulkItemList.setCellFactory(list -> new ItemCell(viewModel, resources.getString("bulk.copyItem")));
        bulkItemList.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event)) {
                viewModel.copy(bulkItemList.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        bulkRetryButton.visibleProperty().bind(viewModel.canRetryProperty());
        bulkCopyButton.visibleProperty().bind(viewModel.canRetryProperty());
        bulkCancelButton.disableProperty().bind(viewModel.runningProperty().not().or(viewModel.cancellingProperty()));
        bulkCancelButton.visibleProperty().bind(viewModel.runningProperty());
        bulkCloseButton.disableProperty().bind(viewModel.runningProperty());
    }

    private void tickWhile(boolean running) {
        if (running) {
            paceTicks.play();
        } else {
            paceTicks.stop();
        }
    }

    @FXML
    private void retry() {
        viewModel.retryFailed();
    }

    @FXML
    private void copyFailures() {
        viewModel.copyFailures();
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
        private final ContextMenu menu;
        private Item shown;

        ItemCell(BulkRunViewModel viewModel, String copyText) {
            setPrefWidth(0);
            MenuItem copy = new MenuItem(copyText);
            copy.setOnAction(event -> viewModel.copy(getItem()));
            menu = new ContextMenu(copy);
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
                setContextMenu(null);
                return;
            }
            setContextMenu(menu);
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
                case NOT_ATTEMPTED -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
                case PENDING -> Material2MZ.SCHEDULE;
            });
            icon.getStyleClass().add("outcome-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
