package io.mqttca.console.ui.importing;

import io.mqttca.console.service.CertificateMatch;
import io.mqttca.console.service.MatchState;
import io.mqttca.console.ui.common.Badges;
import io.mqttca.console.ui.common.Dates;
import io.mqttca.console.ui.common.UiContext;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Controller of Import.fxml: the table of imported certificates with their match and actions; Enter, a double-click
 * or Details… opens a certificate's full details, and a failed input's whole problem shows below the table.
 */
public final class ImportView {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final double TOOLTIP_WIDTH = 560;

    private final ImportViewModel viewModel;
    private final UiContext context;

    @FXML
    private TableView<ImportRow> importTable;
    @FXML
    private TableColumn<ImportRow, ImportRow> sourceColumn;
    @FXML
    private TableColumn<ImportRow, ImportRow> subjectColumn;
    @FXML
    private TableColumn<ImportRow, ImportRow> serialColumn;
    @FXML
    private TableColumn<ImportRow, ImportRow> validColumn;
    @FXML
    private TableColumn<ImportRow, ImportRow> caColumn;
    @FXML
    private TableColumn<ImportRow, ImportRow> fingerprintColumn;
    @FXML
    private TableColumn<ImportRow, ImportRow> matchColumn;
    @FXML
    private Label matchStatusLabel;
    @FXML
    private Label privateKeyLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Button importDetailsButton;
    @FXML
    private Label importProblemLabel;

    public ImportView(ImportViewModel viewModel, UiContext context) {
        this.viewModel = viewModel;
        this.context = context;
    }

    @FXML
    private void initialize() {
        importTable.setItems(viewModel.rows());
        importTable.setPlaceholder(new Label(context.text("import.placeholder")));
        for (TableColumn<ImportRow, ImportRow> column : List.of(sourceColumn, subjectColumn, serialColumn,
            validColumn, caColumn, fingerprintColumn, matchColumn)) {
            column.setCellValueFactory(cell -> Bindings.createObjectBinding(cell::getValue));
        }
        sourceColumn.setCellFactory(column -> textCell(viewModel::sourceText));
        subjectColumn.setCellFactory(column -> textCell(row -> row.isError() ? context.message(row.error())
            : dash(row.certificate().subjectCommonName())));
        serialColumn.setCellFactory(column -> textCell(row -> row.isError() ? "" : row.certificate().serialHex()));
        validColumn.setCellFactory(column -> textCell(row -> row.isError() ? ""
            : Dates.date(row.certificate().notAfter(), context.clock().getZone())));
        caColumn.setCellFactory(column -> textCell(row -> row.isError() ? ""
            : context.text(row.certificate().ca() ? "import.ca.yes" : "import.ca.no")));
        fingerprintColumn.setCellFactory(column -> textCell(row -> row.isError() ? ""
            : row.certificate().sha256Fingerprint()));
        matchColumn.setCellFactory(column -> new MatchCell());
        matchStatusLabel.textProperty().bind(viewModel.matchStatusProperty());
        privateKeyLabel.textProperty().bind(viewModel.privateKeyWarningProperty());
        privateKeyLabel.visibleProperty().bind(viewModel.privateKeyWarningProperty().isNotEmpty());
        privateKeyLabel.managedProperty().bind(privateKeyLabel.visibleProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        importTable.getSelectionModel().selectedItemProperty().addListener((observable, before, row) ->
            viewModel.select(row));
        importDetailsButton.disableProperty().bind(Bindings.createBooleanBinding(() ->
            viewModel.selectedProperty().get() == null || viewModel.selectedProperty().get().isError(),
            viewModel.selectedProperty()));
        importProblemLabel.textProperty().bind(viewModel.selectedProblemProperty());
        importProblemLabel.visibleProperty().bind(viewModel.selectedProblemProperty().isNotEmpty());
        importProblemLabel.managedProperty().bind(importProblemLabel.visibleProperty());
        importTable.setRowFactory(table -> {
            TableRow<ImportRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openDetails(row.getItem());
                }
            });
            return row;
        });
        importTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openDetails(importTable.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
    }

    /**
     * Lets {@code scene} take files and folders dropped on it and PEM text pasted with Ctrl+V (outside text fields),
     * then runs {@code show} so the import view comes up.
     */
    public static void acceptImportsOn(Scene scene, ImportViewModel viewModel, Runnable show) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean accepted = event.getDragboard().hasFiles();
            if (accepted) {
                drop(viewModel, event.getDragboard().getFiles(), show);
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (PASTE.match(event) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                Clipboard clipboard = Clipboard.getSystemClipboard();
                if (clipboard.hasFiles()) {
                    drop(viewModel, clipboard.getFiles(), show);
                    event.consume();
                } else if (clipboard.hasString()) {
                    viewModel.importText(clipboard.getString());
                    show.run();
                    event.consume();
                }
            }
        });
    }

    /** What a drop does with its files: the same path as the file chooser. */
    public static void drop(ImportViewModel viewModel, List<File> files, Runnable show) {
        viewModel.importPaths(files.stream().map(File::toPath).toList());
        show.run();
    }

    @FXML
    private void chooseFiles() {
        viewModel.chooseFiles();
    }

    @FXML
    private void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString()) {
            viewModel.importText(clipboard.getString());
        }
    }

    @FXML
    private void refreshMatches() {
        viewModel.refreshMatches();
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }

    @FXML
    private void openDetails() {
        viewModel.openDetails(importTable.getSelectionModel().getSelectedItem());
    }

    private static String dash(String text) {
        return text == null ? "\u2014" : text;
    }

    private static TableCell<ImportRow, ImportRow> textCell(java.util.function.Function<ImportRow, String> text) {
        return new TableCell<>() {
            /** Re-texted, never rebuilt: a Tooltip is a popup window with its own scene. */
            private final Tooltip tooltip = new Tooltip();

            {
                // A long problem wraps in its tooltip instead of running off the screen.
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(TOOLTIP_WIDTH);
            }

            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("import-error-text");
                if (empty || row == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(row));
                tooltip.setText(getText());
                setTooltip(getText() == null || getText().isEmpty() ? null : tooltip);
                if (row.isError()) {
                    getStyleClass().add("import-error-text");
                }
            }
        };
    }

    /** The match badge with the action it allows (Activate, Register…). */
    private final class MatchCell extends TableCell<ImportRow, ImportRow> {
        private final Label badge = Badges.newBadge();
        private final Button action = new Button();
        private final HBox box = new HBox(6, badge, action);

        MatchCell() {
            action.getStyleClass().addAll("small", "import-action");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ImportRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            action.setVisible(false);
            action.setManaged(false);
            if (row.isError()) {
                String codeKey = "import.errorCode." + row.error().code().name();
                show("import.match.error", Material2AL.ERROR, "badge-expired", context.text(codeKey));
            } else if (row.match() == null) {
                show("import.match.unknown", Material2AL.HELP_OUTLINE, "badge-unknown", null);
            } else {
                showMatch(row, row.match());
            }
            setGraphic(box);
        }

        private void showMatch(ImportRow row, CertificateMatch match) {
            MatchState state = match.state();
            if (match.isDifferentCertificate()) {
                show("import.match.different", Material2MZ.WARNING, "badge-expiring",
                    context.text(state == MatchState.REGISTERED_ACTIVE ? "badge.status.active"
                        : "badge.status.inactive"));
                badge.setTooltip(new Tooltip(context.format("import.match.different.tooltip",
                    match.registered().sn())));
            } else {
                Ikon icon = switch (state) {
                    case REGISTERED_ACTIVE -> Material2AL.CHECK_CIRCLE;
                    case REGISTERED_INACTIVE -> Material2MZ.PAUSE_CIRCLE_OUTLINE;
                    case NOT_REGISTERED -> Material2AL.ADD_CIRCLE_OUTLINE;
                    case NOT_A_CA -> Material2AL.BLOCK;
                    case EXPIRED -> Material2AL.ERROR;
                };
                String style = switch (state) {
                    case REGISTERED_ACTIVE -> "badge-active";
                    case REGISTERED_INACTIVE -> "badge-inactive";
                    case NOT_REGISTERED, NOT_A_CA -> "badge-unknown";
                    case EXPIRED -> "badge-expired";
                };
                show("import.match." + state.name(), icon, style, null);
            }
            if (state == MatchState.REGISTERED_INACTIVE) {
                offer("import.activate", () -> viewModel.activate(row));
            } else if (state == MatchState.NOT_REGISTERED) {
                offer("import.register", () -> viewModel.register(row));
            }
        }

        private void offer(String key, Runnable run) {
            action.setText(context.text(key));
            action.setOnAction(event -> run.run());
            action.setVisible(true);
            action.setManaged(true);
        }

        private void show(String key, Ikon icon, String style, String argument) {
            badge.setText(argument == null ? context.text(key) : context.format(key, argument));
            badge.setTooltip(null);
            FontIcon graphic = new FontIcon(icon);
            graphic.getStyleClass().add("badge-icon");
            badge.setGraphic(graphic);
            badge.getStyleClass().removeIf(existing -> existing.startsWith("badge-"));
            badge.getStyleClass().add(style);
        }
    }
}
