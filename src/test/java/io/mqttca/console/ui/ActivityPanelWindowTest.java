package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.JournalEntry;
import io.mqttca.console.ui.common.InstanceTarget;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The activity panel in the real window on the emulator, with a journal the command line has already filled with
 * changes to another endpoint: the panel shows only the selected instance's entries until All connections is ticked.
 */
@ExtendWith(ApplicationExtension.class)
class ActivityPanelWindowTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;
    private static final int FROM_THE_CLI = 40;

    @TempDir
    Path data;

    private Emulator emulator;
    private ConsoleWindow window;

    @Start
    void start(Stage stage) {
        emulator = Emulator.start(EmulatorConfig.defaults(data.resolve("emulator")));
        DataDirectory directory = new DataDirectory(data.resolve("console"));
        ChangeJournal cli = new ChangeJournal(directory.journalFile());
        for (int i = 0; i < FROM_THE_CLI; i++) {
            cli.append(JournalEntry.of(Instant.parse("2026-11-28T10:00:00Z"), "default",
                "https://mqtt.cn-hangzhou.aliyuncs.com", "post-cn-elsewhere",
                ItemResult.success("0" + i, ChangeAction.DELETE_CA, "REQ-" + i)));
        }
        ConsoleEnvironment standard = ConsoleEnvironment.standard(directory).withClock(Clock.systemUTC());
        ConsoleEnvironment environment = standard.withConnector((profile, key) -> Connections.open(profile.name(),
            Endpoint.of(emulator.baseUrl()), Credentials.of(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET,
                "test"), standard.journal()));
        window = ConsoleApplication.showMainWindow(stage, environment);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.close());
        emulator.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String title(FxRobot robot) {
        return robot.lookup(".activity-pane").queryAs(TitledPane.class).getText();
    }

    @Test
    void showsTheSelectedInstancesChangesAndEverythingOnlyWhenAsked(FxRobot robot) throws Exception {
        waitUntil(() -> window.profiles().targetProperty().get() != null
            && INSTANCE.equals(window.profiles().targetProperty().get().instanceId()));
        robot.interact(() -> robot.lookup(".activity-pane").queryAs(TitledPane.class).setExpanded(true));
        TableView<?> table = robot.lookup("#activityTable").queryTableView();

        waitUntil(() -> title(robot).equals("Activity (0)"));
        assertTrue(table.getItems().isEmpty());
        assertEquals("No changes to " + INSTANCE + " over this connection yet.",
            robot.lookup("#emptyLabel").queryAs(Label.class).getText());

        InstanceTarget target = window.profiles().targetProperty().get();
        List<ItemResult> results = target.service().changeCaCertificates(INSTANCE, ChangeAction.ACTIVATE_CA,
            List.of(SandboxSeed.LEGACY_INACTIVE_SN), (result, done, total) -> { }).results().get(20, TimeUnit.SECONDS);
        assertTrue(results.get(0).succeeded());
        waitUntil(() -> title(robot).equals("Activity (1)"));
        assertEquals(1, table.getItems().size());

        robot.clickOn("#showAllCheck");
        waitUntil(() -> title(robot).equals("Activity (" + (FROM_THE_CLI + 1) + ")"));
        assertEquals(FROM_THE_CLI + 1, table.getItems().size());
        assertTrue(robot.lookup("#showAllCheck").queryAs(CheckBox.class).isSelected());

        robot.clickOn("#showAllCheck");
        waitUntil(() -> title(robot).equals("Activity (1)"));
    }
}
