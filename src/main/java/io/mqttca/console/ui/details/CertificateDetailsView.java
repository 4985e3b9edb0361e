package io.mqttca.console.ui.details;

import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.details.CertificateDetailsViewModel.DetailsState;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Controller of the details pane: the field list with a copy button and a context menu per field. */
public final class CertificateDetailsView {

    private static final double ICONS_ONLY_BELOW = 310;

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final CertificateDetailsViewModel viewModel;
    private final UiContext context;

    @FXML
    private Label detailsTitleLabel;
    @FXML
    private ProgressIndicator detailsLoadingIndicator;
    @FXML
    private Button copyPemButton;
    @FXML
    private Button savePemButton;
    @FXML
    private Button copyAllButton;
    @FXML
    private Label problemLabel;
    @FXML
    private ListView<DetailField> fieldList;

    public CertificateDetailsView(CertificateDetailsViewModel viewModel, UiContext context) {
        this.viewModel = viewModel;
        this.context = context;
    }

    /** Moves the keyboard focus to the field list (Enter in the table). */
    public void focus() {
        fieldList.requestFocus();
        if (fieldList.getSelectionModel().isEmpty() && !fieldList.getItems().isEmpty()) {
            fieldList.getSelectionModel().select(1);
        }
    }

    @FXML
    private void initialize() {
        detailsTitleLabel.textProperty().bind(Bindings.when(viewModel.titleProperty().isEmpty())
            .then(context.text("details.title")).otherwise(viewModel.titleProperty()));
        detailsLoadingIndicator.visibleProperty().bind(viewModel.stateProperty().isEqualTo(DetailsState.LOADING));
        copyPemButton.disableProperty().bind(viewModel.hasPemProperty().not());
        // A narrow pane (a laptop screen) keeps the buttons' icons and tooltips rather than cut words.
        fieldList.widthProperty().addListener((observable, before, width) -> {
            ContentDisplay display = width.doubleValue() < ICONS_ONLY_BELOW ? ContentDisplay.GRAPHIC_ONLY
                : ContentDisplay.LEFT;
            copyPemButton.setContentDisplay(display);
            savePemButton.setContentDisplay(display);
        });
        savePemButton.disableProperty().bind(viewModel.hasPemProperty().not());
        copyAllButton.disableProperty().bind(Bindings.isEmpty(viewModel.fields()));
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        fieldList.setItems(viewModel.fields());
        fieldList.setCellFactory(list -> new FieldCell());
        fieldList.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                viewModel.copyField(fieldList.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        MenuItem copyValue = new MenuItem(context.text("details.action.copyValue"),
            new FontIcon(Material2AL.CONTENT_COPY));
        copyValue.setOnAction(event -> viewModel.copyField(fieldList.getSelectionModel().getSelectedItem()));
        MenuItem copyAll = new MenuItem(context.text("details.action.copyAll"), new FontIcon(Material2AL.LIST));
        copyAll.setOnAction(event -> viewModel.copyAll());
        fieldList.setContextMenu(new ContextMenu(copyValue, copyAll));
    }

    @FXML
    private void copyPem() {
        viewModel.copyPem();
    }

    @FXML
    private void savePem() {
        viewModel.savePem();
    }

    @FXML
    private void copyAll() {
        viewModel.copyAll();
    }

    private static final double COPY_BUTTON_AND_PADDING = 64;
    private static final java.util.List<String> TONE_CLASSES = java.util.List.of("field-pass", "field-warn",
        "field-fail");

    /** A check's outcome shows as an icon beside its label, as well as in words and colour. */
    private static FontIcon toneIcon(DetailField.Tone tone) {
        return switch (tone) {
            case PLAIN -> null;
            case PASS -> new FontIcon(Material2AL.CHECK_CIRCLE);
            case WARN -> new FontIcon(Material2AL.ERROR_OUTLINE);
            case FAIL -> new FontIcon(Material2AL.CANCEL);
        };
    }

    private final class FieldCell extends ListCell<DetailField> {
        private final Label label = new Label();
        private final Label value = new Label();
        private final Button copy = new Button();
        private final VBox text = new VBox(2, label, value);
        private final HBox box = new HBox(6, text, copy);

        FieldCell() {
            label.getStyleClass().add("field-label");
            value.getStyleClass().add("field-value");
            value.setWrapText(true);
            value.setMinHeight(Label.USE_PREF_SIZE);
            copy.setGraphic(new FontIcon(Material2AL.CONTENT_COPY));
            copy.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            copy.getStyleClass().addAll("flat", "field-copy");
            copy.setTooltip(new Tooltip(context.text("details.action.copyValue")));
            copy.setFocusTraversable(false);
            copy.setOnAction(event -> viewModel.copyField(getItem()));
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            // A wrapped label needs its width before layout to report the height of all its lines; without this
            // the third line of a long issuer overlapped the next field.
            value.prefWidthProperty().bind(widthProperty().subtract(COPY_BUTTON_AND_PADDING));
        }

        @Override
        protected void updateItem(DetailField item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            getStyleClass().remove("field-heading");
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (item.heading()) {
                getStyleClass().add("field-heading");
                getStyleClass().removeAll(TONE_CLASSES);
                label.setGraphic(null);
                label.setText(item.label());
                setGraphic(label);
                return;
            }
            label.setText(item.label());
            value.setText(item.value());
            label.setGraphic(toneIcon(item.tone()));
            getStyleClass().removeAll(TONE_CLASSES);
            if (item.tone() != DetailField.Tone.PLAIN) {
                getStyleClass().add("field-" + item.tone().name().toLowerCase(java.util.Locale.ROOT));
            }
            boolean monospace = item.value().matches("[0-9A-Fa-f:\\s]{16,}");
            value.getStyleClass().remove("monospace");
            if (monospace) {
                value.getStyleClass().add("monospace");
            }
            text.getChildren().setAll(label, value);
            setGraphic(box);
        }
    }
}
