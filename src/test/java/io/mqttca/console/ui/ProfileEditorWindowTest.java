package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.service.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The profile editor in its real dialog: Save waits for a valid profile, and saving lists and stores it. */
@ExtendWith(ApplicationExtension.class)
class ProfileEditorWindowTest {

    @TempDir
    Path data;

    private ConsoleWindow window;

    @Start
    void start(Stage stage) {
        window = ConsoleApplication.showMainWindow(stage, ConsoleEnvironment.standard(new DataDirectory(data)));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void saveIsEnabledOnceTheFocusedNameIsTypedAndSavingListsTheProfile(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.profiles().profiles().size() == 1);
        robot.clickOn("#newProfileButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#saveProfileButton").tryQuery().isPresent());
        Button save = robot.lookup("#saveProfileButton").queryButton();
        assertTrue(save.isDisabled(), "no name yet");
        assertTrue(robot.lookup("#nameField").queryAs(TextField.class).isFocused(), "the first field has the focus");

        robot.clickOn("#nameField").write("Staging");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Staging", robot.lookup("#nameField").queryAs(TextField.class).getText());
        assertFalse(save.isDisabled(), robot.lookup("#validationLabel").queryLabeled().getText());
        robot.clickOn(save);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.profiles().profiles().size() == 2);
        assertEquals("Staging", window.profiles().selectedProfileProperty().get().name());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(data.resolve("profiles.json"))
            && Files.readString(data.resolve("profiles.json")).contains("Staging"));
    }
}
