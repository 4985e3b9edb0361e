package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ConsoleApplication.showMainWindow(stage);
    }

    @Test
    void showsTitledWindowWithCertificateTableColumns(FxRobot robot) {
        assertEquals("MQTT CA Console", stage.getTitle());
        TableView<?> table = robot.lookup("#certificateTable").queryTableView();
        assertEquals(
            List.of("Name", "Sn", "Status", "Valid from", "Valid until", "Expiry", "Subject CN"),
            table.getColumns().stream().map(TableColumn::getText).toList());
        assertTrue(robot.lookup("#statusLabel").tryQuery().isPresent(), "status bar present");
    }
}
