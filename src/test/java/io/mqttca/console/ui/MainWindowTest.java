package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.service.DataDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opened without any service: the frame is complete and says clearly that nothing is connected. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path data;

    private Stage stage;
    private ConsoleWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = ConsoleApplication.showMainWindow(stage, ConsoleEnvironment.standard(new DataDirectory(data)));
    }

    @Test
    void showsTitledWindowWithCertificateTableColumns(FxRobot robot) {
        assertTrue(stage.getTitle().startsWith("MQTT CA Console"));
        TableView<?> table = robot.lookup("#certificateTable").queryTableView();
        assertEquals(
            List.of("Name", "Sn", "Status", "Valid from", "Valid until", "Expiry", "Devices", "Subject CN"),
            table.getColumns().stream().map(TableColumn::getText).toList());
        assertTrue(robot.lookup("#statusLabel").tryQuery().isPresent(), "status bar present");
    }

    @Test
    void withoutAServiceTheSandboxIsSelectedAndNotConnected(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#stateLabel").queryAs(Label.class)
            .getText().startsWith("Not connected"));
        assertEquals("Local sandbox", robot.lookup("#statusLabel").queryAs(Label.class).getText());
        assertEquals("not connected", robot.lookup("#endpointLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("Select an instance to see its CA certificates.").tryQuery().isPresent());
    }

    @Test
    void backgroundWorkArrivingAfterCloseIsDroppedNotFailed(FxRobot robot) throws Exception {
        robot.interact(window::close);
        AtomicBoolean ran = new AtomicBoolean();

        assertDoesNotThrow(() -> window.context().background().execute(() -> ran.set(true)));
        Thread.sleep(200);
        assertFalse(ran.get(), "the window's threads are stopped");
    }
}
