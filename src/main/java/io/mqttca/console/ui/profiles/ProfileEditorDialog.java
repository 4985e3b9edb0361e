package io.mqttca.console.ui.profiles;

import io.mqttca.console.ui.common.CustomDialog;
import io.mqttca.console.ui.common.FxmlViews;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The profile editor as a modal dialog: ProfileEditor.fxml with Save (the default button, enabled once the profile
 * is valid) and Cancel (the cancel button). It answers true when the operator saved; the caller then reads the
 * profile and the session key from {@link #editor()}.
 */
public final class ProfileEditorDialog implements CustomDialog<Boolean> {

    private final ProfileEditorViewModel editor;
    private final ReadOnlyStringWrapper title;
    private ProfileEditorView view;
    private boolean saved;

    /** A dialog around {@code editor}, titled for a new or an existing profile in {@code bundle}'s language. */
    public ProfileEditorDialog(ProfileEditorViewModel editor, ResourceBundle bundle) {
        this.editor = editor;
        this.title = new ReadOnlyStringWrapper(bundle.getString(editor.isNew() ? "profiles.editor.title.new"
            : "profiles.editor.title.edit"));
    }

    /** The editor the dialog shows; tests fill it in. */
    public ProfileEditorViewModel editor() {
        return editor;
    }

    @Override
    public Kind kind() {
        return Kind.WAIT;
    }

    @Override
    public ObservableValue<String> title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public Parent build(FxmlViews views, Runnable close) {
        view = new ProfileEditorView(editor);
        Parent content = views.load(ProfileEditorView.class, "ProfileEditor.fxml", view);
        Label header = new Label(views.bundle().getString("profiles.editor.header"));
        header.setWrapText(true);
        header.getStyleClass().add("section-title");
        Button save = new Button(views.bundle().getString("profiles.editor.save"));
        save.setId("saveProfileButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(editor.validProperty().not());
        save.setOnAction(event -> {
            saved = true;
            close.run();
        });
        Button cancel = new Button(views.bundle().getString("dialog.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close.run());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(save, cancel);
        VBox root = new VBox(14, header, content, buttons);
        root.setPadding(new Insets(16, 18, 14, 18));
        return root;
    }

    /** True once saved with a valid profile; empty when cancelled or closed. */
    @Override
    public Optional<Boolean> result() {
        return saved && editor.validProperty().get() ? Optional.of(true) : Optional.empty();
    }

    @Override
    public void shown() {
        saved = false;
        if (view != null) {
            view.firstField().requestFocus();
        }
    }
}
