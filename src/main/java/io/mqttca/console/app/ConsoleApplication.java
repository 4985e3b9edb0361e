package io.mqttca.console.app;

import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.shell.MainWindowView;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window from the composition root. */
public final class ConsoleApplication extends Application {

    @Override
    public void start(Stage stage) {
        showMainWindow(stage);
    }

    /** Loads the main window into the stage and shows it (also used by UI tests). */
    public static void showMainWindow(Stage stage) {
        Map<Class<?>, Supplier<Object>> controllers = Map.of(MainWindowView.class, MainWindowView::new);
        FxmlViews views = new FxmlViews(Messages.bundle(), controllers);
        Parent root = views.load(MainWindowView.class, "MainWindow.fxml");
        stage.setTitle(Messages.bundle().getString("app.title"));
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }
}
