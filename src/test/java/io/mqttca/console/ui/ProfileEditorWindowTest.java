package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
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

    private static final String CLOSED_PORT = "http://127.0.0.1:9";

    @TempDir
    Path data;

    private ConsoleWindow window;

    @Start
    void start(Stage stage) {
        ConsoleEnvironment standard = ConsoleEnvironment.standard(new DataDirectory(data));
        // Every profile, the sandbox too, reaches a loopback port nothing listens on: each call fails at once.
        window = ConsoleApplication.showMainWindow(stage, standard.withConnector((profile, key) -> Connections.open(
            profile.name(), Endpoint.of(CLOSED_PORT), Credentials.of("LTAI5tTestKeyOnly", "not-a-real-secret",
                "test"), standard.journal())));
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

    @Test
    void aLongFailedTestInANarrowDialogGrowsItSoItsButtonsStayVisible(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.profiles().profiles().size() == 1);
        robot.clickOn("#newProfileButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#saveProfileButton").tryQuery().isPresent());
        Button save = robot.lookup("#saveProfileButton").queryButton();
        robot.interact(() -> {
            robot.lookup("#nameField").queryAs(TextField.class).setText("Closed port");
            robot.lookup("#endpointField").queryAs(TextField.class).setText(CLOSED_PORT);
            // An aliyun CLI profile that does not exist: the test fails before any call, with a long message.
            robot.lookup("#cliRadio").queryAs(RadioButton.class).setSelected(true);
            robot.lookup("#cliProfileField").queryAs(TextField.class).setText("no-such-profile-here");
            save.getScene().getWindow().setWidth(460);
        });
        double heightBefore = save.getScene().getHeight();
        Button test = robot.lookup("#testButton").queryButton();
        assertTrue(test.isVisible() && !test.isDisabled(), "Test is offered for a valid profile");
        robot.interact(test::fire);

        Label result = robot.lookup("#testLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.getStyleClass().contains("text-danger"));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds saveBounds = save.localToScene(save.getLayoutBounds());
        assertTrue(saveBounds.getMaxY() <= save.getScene().getHeight(), "Save ends at " + saveBounds.getMaxY()
            + " in a dialog " + save.getScene().getHeight() + " high (was " + heightBefore + ")");
        assertFalse(result.getText().isBlank());
    }
}
