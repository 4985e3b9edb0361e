package io.mqttca.console.ui.profiles;

import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.Theme;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Opens the profile editor as a modal dialog owned by the main window; Save stays disabled until it is valid. */
public final class FxProfileEditorPresenter implements ProfileEditorPresenter {

    private final FxmlViews views;
    private final Supplier<Window> owner;

    public FxProfileEditorPresenter(FxmlViews views, Supplier<Window> owner) {
        this.views = views;
        this.owner = owner;
    }

    @Override
    public boolean edit(ProfileEditorViewModel editor) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(views.bundle().getString(editor.isNew() ? "profiles.editor.title.new"
            : "profiles.editor.title.edit"));
        dialog.setHeaderText(views.bundle().getString("profiles.editor.header"));
        Theme.style(dialog.getDialogPane());
        ProfileEditorView view = new ProfileEditorView(editor);
        dialog.getDialogPane().setContent(views.load(ProfileEditorView.class, "ProfileEditor.fxml", view));
        ButtonType save = new ButtonType(views.bundle().getString("profiles.editor.save"),
            ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(views.bundle().getString("dialog.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveProfileButton");
        saveButton.disableProperty().bind(editor.validProperty().not());
        dialog.setOnShown(event -> view.firstField().requestFocus());
        return dialog.showAndWait().filter(save::equals).isPresent();
    }
}
