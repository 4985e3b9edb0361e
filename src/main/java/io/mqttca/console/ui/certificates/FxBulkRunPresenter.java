package io.mqttca.console.ui.certificates;

import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.Theme;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the bulk progress dialog, owned by the main window and modal to it. Closing it while the run goes on
 * cancels the run instead.
 */
public final class FxBulkRunPresenter implements BulkRunPresenter {

    private final FxmlViews views;
    private final Supplier<Window> owner;

    public FxBulkRunPresenter(FxmlViews views, Supplier<Window> owner) {
        this.views = views;
        this.owner = owner;
    }

    @Override
    public void show(BulkRunViewModel run) {
        Stage stage = new Stage();
        Window window = owner.get();
        if (window != null) {
            stage.initOwner(window);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        Parent root = views.load(BulkRunView.class, "BulkRun.fxml", new BulkRunView(run, stage::close));
        Scene scene = new Scene(root);
        Theme.style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(run.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (run.runningProperty().get()) {
                event.consume();
                run.cancel();
            }
        });
        stage.show();
    }
}
