package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.ConsoleSettings;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.service.SettingsStore;
import io.mqttca.console.text.BundlePair;
import io.mqttca.console.ui.certificates.CertificateRow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window set to Chinese explains a real refusal of the emulator in Chinese, Code and RequestId unchanged. */
@ExtendWith(ApplicationExtension.class)
class ChineseWindowTest {

    private static final String LEGACY = SandboxSeed.LEGACY_INACTIVE_SN;

    @TempDir
    Path data;

    private final Locale systemLocale = Locale.getDefault();
    private Emulator emulator;
    private ConsoleWindow window;

    @Start
    void start(Stage stage) {
        emulator = Emulator.start(EmulatorConfig.defaults(data.resolve("emulator")));
        DataDirectory directory = new DataDirectory(data.resolve("console"));
        new SettingsStore(directory.settingsFile()).save(ConsoleSettings.defaults().withDisplay(false, "zh-CN",
            false, 30));
        ConsoleEnvironment standard = ConsoleEnvironment.standard(directory).withClock(Clock.systemUTC());
        ConsoleEnvironment environment = standard.withConnector((profile, key) -> Connections.open(profile.name(),
            Endpoint.of(emulator.baseUrl()), Credentials.of(SandboxSeed.READ_ONLY_KEY_ID,
                SandboxSeed.READ_ONLY_KEY_SECRET, "test"), standard.journal()));
        window = ConsoleApplication.showMainWindow(stage, environment);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w != robot.targetWindow())
            .collect(Collectors.toList()).forEach(Window::hide));
        robot.interact(() -> window.close());
        emulator.close();
        Locale.setDefault(systemLocale);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPermissionRefusalIsExplainedInChinese(FxRobot robot) throws Exception {
        TableView<CertificateRow> table = robot.lookup("#certificateTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 6 && table.getItems().stream().noneMatch(CertificateRow::isBusy));
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).sn().equals(LEGACY)) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        robot.clickOn("#activateButton");
        robot.clickOn("#confirmButton");

        waitUntil(() -> robot.lookup("#errorCode").tryQuery().isPresent());
        assertEquals("PermissionCheckFailed", robot.lookup("#errorCode").queryAs(TextField.class).getText());
        DialogPane pane = robot.lookup("#errorCode").queryAs(TextField.class).getScene().getRoot()
            instanceof DialogPane dialog ? dialog : null;
        assertTrue(pane != null, "the error dialog");
        String header = pane.getHeaderText();
        String whatToDo = robot.lookup("#errorWhatToDo").queryAs(Label.class).getText();
        assertEquals("服务的权限检查拒绝了此 AccessKey 的用户或角色调用此接口。", header);
        assertTrue(BundlePair.hasChinese(whatToDo), whatToDo);
        assertTrue(whatToDo.contains("mq:ActiveCaCertificate"), whatToDo);
        assertFalse(whatToDo.contains("Ask the account administrator"), whatToDo);
        assertTrue(emulator.requests().stream().anyMatch(r -> r.action().equals("ActiveCaCertificate")
            && "PermissionCheckFailed".equals(r.outcome())));
    }
}
