package io.mqttca.console.ui.common;

import atlantafx.base.theme.Styles;
import io.mqttca.console.service.ServiceFailure;
import java.io.File;
import java.text.MessageFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The window's dialogs: modal, owned by the main window, styled like it. Runs on the UI thread; the view models
 * call it from their UI-thread continuations.
 */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final UiContextTexts texts;
    private final ClipboardService clipboard;
    private final CustomWindows customWindows;

    public FxDialogService(Supplier<Window> owner, FxmlViews views, ClipboardService clipboard) {
        this.owner = owner;
        this.texts = new UiContextTexts(views.bundle());
        this.clipboard = clipboard;
        this.customWindows = new CustomWindows(views, owner);
    }

    @Override
    public <R> Optional<R> showCustom(CustomDialog<R> dialog) {
        return customWindows.show(dialog);
    }

    @Override
    public void showError(ErrorReport report) {
        ServiceFailure failure = report.failure();
        Dialog<ButtonType> dialog = newDialog(report.title());
        dialog.setHeaderText(texts.explanation(failure));
        dialog.getDialogPane().setGraphic(icon(new FontIcon(Material2AL.ERROR_OUTLINE), "dialog-icon-danger"));

        Label whatToDo = wrapped(texts.whatToDo(failure));
        whatToDo.setId("errorWhatToDo");
        GridPane facts = new GridPane();
        facts.getStyleClass().add("fact-grid");
        facts.setHgap(10);
        facts.setVgap(4);
        addFact(facts, 0, texts.text("error.code"), failure.code(), "errorCode");
        addFact(facts, 1, texts.text("error.message"), texts.message(failure), "errorMessage");
        addFact(facts, 2, texts.text("error.requestId"), failure.requestId(), "errorRequestId");
        Button copy = new Button(texts.text("error.copy"), new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("copyErrorDetails");
        copy.setTooltip(new Tooltip(texts.text("error.copy.tooltip")));
        copy.setOnAction(event -> clipboard.copy(failure.supportText()));
        Label whatToDoTitle = new Label(texts.text("error.whatToDo"));
        whatToDoTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(10, whatToDoTitle, whatToDo, facts, copy);
        dialog.getDialogPane().setContent(content);

        TextArea details = new TextArea(report.details());
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        details.getStyleClass().add("monospace");
        details.setId("errorDetails");
        dialog.getDialogPane().setExpandableContent(details);
        dialog.getDialogPane().setExpanded(false);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(texts.text("dialog.close"),
            ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        Dialog<ButtonType> dialog = confirmationDialog(confirmation);
        ButtonType go = confirmButton(dialog, confirmation);
        Label message = wrapped(confirmation.message());
        message.setId("confirmMessage");
        dialog.getDialogPane().setContent(message);
        return dialog.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public boolean confirmTyped(Confirmation confirmation, String textToType) {
        Dialog<ButtonType> dialog = confirmationDialog(confirmation);
        ButtonType go = confirmButton(dialog, confirmation);
        TextField typed = new TextField();
        typed.setId("typedConfirmField");
        typed.setPromptText(textToType);
        Label instruction = wrapped(texts.format("dialog.typeToConfirm", textToType));
        instruction.setId("typedConfirmInstruction");
        VBox content = new VBox(12, wrapped(confirmation.message()), instruction, typed);
        dialog.getDialogPane().setContent(content);
        Button goButton = (Button) dialog.getDialogPane().lookupButton(go);
        goButton.disableProperty().bind(typed.textProperty().isNotEqualTo(textToType));
        // The caret starts in the field, so typing types the name; Enter confirms only once the name matches
        // (and does nothing before), Esc cancels. No button is the default, or Enter would press it.
        dialog.getDialogPane().getButtonTypes().stream()
            .map(type -> (Button) dialog.getDialogPane().lookupButton(type))
            .forEach(button -> button.setDefaultButton(false));
        typed.setOnAction(event -> {
            event.consume();
            if (textToType.equals(typed.getText())) {
                goButton.fire();
            }
        });
        dialog.setOnShown(event -> Platform.runLater(typed::requestFocus));
        return dialog.showAndWait().filter(go::equals).isPresent() && textToType.equals(typed.getText());
    }

    @Override
    public void notify(String title, String message) {
        Dialog<ButtonType> dialog = newDialog(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setGraphic(icon(new FontIcon(Material2AL.INFO), "dialog-icon-accent"));
        dialog.getDialogPane().setContent(wrapped(message));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialFileName, String filterDescription,
                                         String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*." + extension));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> chooseOpenFiles(String title, String filterDescription, List<String> patterns,
                                      boolean multiple) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, patterns));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.text("dialog.allFiles"), "*"));
        if (multiple) {
            List<File> files = chooser.showOpenMultipleDialog(owner.get());
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }
        File file = chooser.showOpenDialog(owner.get());
        return file == null ? List.of() : List.of(file.toPath());
    }

    private Dialog<ButtonType> confirmationDialog(Confirmation confirmation) {
        Dialog<ButtonType> dialog = newDialog(confirmation.title());
        dialog.setHeaderText(confirmation.header());
        FontIcon graphic = confirmation.destructive() ? new FontIcon(Material2MZ.WARNING)
            : new FontIcon(Material2AL.HELP_OUTLINE);
        dialog.getDialogPane().setGraphic(icon(graphic, confirmation.destructive() ? "dialog-icon-danger"
            : "dialog-icon-accent"));
        return dialog;
    }

    private ButtonType confirmButton(Dialog<ButtonType> dialog, Confirmation confirmation) {
        ButtonType go = new ButtonType(confirmation.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(go, cancel);
        Button goButton = (Button) dialog.getDialogPane().lookupButton(go);
        goButton.setId("confirmButton");
        dialog.getDialogPane().lookupButton(cancel).setId("cancelConfirmButton");
        if (confirmation.destructive()) {
            goButton.getStyleClass().add(Styles.DANGER);
            goButton.setDefaultButton(false);
            ((Button) dialog.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        return go;
    }

    private Dialog<ButtonType> newDialog(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.initModality(Modality.WINDOW_MODAL);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        DialogPane pane = dialog.getDialogPane();
        Theme.style(pane);
        pane.getStyleClass().add("console-dialog");
        pane.setPrefWidth(520);
        dialog.setResizable(true);
        return dialog;
    }

    private static Node icon(FontIcon icon, String style) {
        icon.getStyleClass().add(style);
        icon.setIconSize(32);
        return icon;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text == null ? "" : text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private void addFact(GridPane grid, int row, String name, String value, String id) {
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add(Styles.TEXT_MUTED);
        TextField valueField = new TextField(value == null || value.isEmpty() ? "-" : value);
        valueField.setEditable(false);
        valueField.setId(id);
        valueField.getStyleClass().addAll("selectable-value", "monospace");
        HBox.setHgrow(valueField, Priority.ALWAYS);
        GridPane.setHgrow(valueField, Priority.ALWAYS);
        grid.addRow(row, nameLabel, valueField);
    }

    /** The bundle lookups of this class (a UiContext is not available when the dialogs are built). */
    private static final class UiContextTexts {
        private final ResourceBundle bundle;

        UiContextTexts(ResourceBundle bundle) {
            this.bundle = bundle;
        }

        String text(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
        }

        String explanation(ServiceFailure failure) {
            return plain(failure.explanationIn(bundle.getLocale()));
        }

        String message(ServiceFailure failure) {
            return failure.message() != null && failure.message().equals(failure.explanation())
                ? explanation(failure) : failure.message();
        }

        String whatToDo(ServiceFailure failure) {
            return plain(failure.whatToDoIn(bundle.getLocale()));
        }

        private String plain(String text) {
            return text != null && bundle instanceof PlainPunctuationBundle ? PlainPunctuationBundle.plain(text)
                : text;
        }
    }
}
