package io.mqttca.console.ui.importing;

import io.mqttca.console.ui.common.CustomDialog;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.UiContext;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * The import view in its own window, opened through the dialog service: not modal (the operator can keep working
 * in the table), built on first use and reused; files can be dropped and PEM pasted onto it too.
 */
public final class ImportDialog implements CustomDialog<Void> {

    private final ImportViewModel viewModel;
    private final UiContext context;
    private final ReadOnlyStringWrapper title;

    public ImportDialog(ImportViewModel viewModel, UiContext context) {
        this.viewModel = viewModel;
        this.context = context;
        this.title = new ReadOnlyStringWrapper(context.text("import.title"));
    }

    /** Shows the window (building it the first time) and brings it to the front. */
    public void show() {
        context.dialogs().showCustom(this);
    }

    /** File &gt; Import: shows the window and asks for files. */
    public void chooseFiles() {
        show();
        viewModel.chooseFiles();
    }

    @Override
    public Kind kind() {
        return Kind.WINDOW;
    }

    @Override
    public ObservableValue<String> title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public Parent build(FxmlViews views, Runnable close) {
        Parent root = views.load(ImportView.class, "Import.fxml", new ImportView(viewModel, context));
        // The window puts the content into its scene after build: take drops and pastes on that scene.
        root.sceneProperty().addListener((observable, before, scene) -> {
            if (before == null && scene != null) {
                ImportView.acceptImportsOn(scene, viewModel, () -> { });
            }
        });
        return root;
    }
}
