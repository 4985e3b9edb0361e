package io.mqttca.console.ui.importing;

import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.Theme;
import io.mqttca.console.ui.common.UiContext;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import view's own window, owned by the main window and not modal (the operator can keep working in the
 * table). Built on first use and reused; files can be dropped and PEM pasted onto it too.
 */
public final class ImportWindow {

    private final FxmlViews views;
    private final ImportViewModel viewModel;
    private final UiContext context;
    private final Supplier<Window> owner;
    private Stage stage;

    public ImportWindow(FxmlViews views, ImportViewModel viewModel, UiContext context, Supplier<Window> owner) {
        this.views = views;
        this.viewModel = viewModel;
        this.context = context;
        this.owner = owner;
    }

    /** Shows the window (building it the first time) and brings it to the front. */
    public void show() {
        if (stage == null) {
            stage = new Stage();
            Window window = owner.get();
            if (window != null) {
                stage.initOwner(window);
            }
            Parent root = views.load(ImportView.class, "Import.fxml", new ImportView(viewModel, context));
            Scene scene = new Scene(root);
            Theme.style(scene);
            ImportView.acceptImportsOn(scene, viewModel, () -> { });
            stage.setScene(scene);
            stage.setTitle(context.text("import.title"));
        }
        stage.show();
        stage.toFront();
    }

    /** File &gt; Import: shows the window and asks for files. */
    public void chooseFiles() {
        show();
        viewModel.chooseFiles();
    }
}
