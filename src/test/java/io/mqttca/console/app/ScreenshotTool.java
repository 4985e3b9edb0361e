package io.mqttca.console.app;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.ui.certificates.CertificateRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the README's screenshot of the activation error dialog from a real run: the window on the real service and
 * an in-process emulator, connected with the sandbox's read-only key, activating an inactive CA. Run under Xvfb:
 * {@code xvfb-run -a mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.mqttca.console.app.ScreenshotTool -Dexec.args=docs}.
 */
public final class ScreenshotTool {

    private ScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs");
        Path data = Files.createTempDirectory("mqtt-ca-screens");
        Stage stage = FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(data.resolve("emulator")))) {
            DataDirectory directory = new DataDirectory(data.resolve("console"));
            ConsoleEnvironment standard = ConsoleEnvironment.standard(directory).withClock(Clock.systemUTC());
            ConsoleEnvironment environment = standard.withConnector((profile, key) -> Connections.open(profile.name(),
                Endpoint.of(emulator.baseUrl()), Credentials.of(SandboxSeed.READ_ONLY_KEY_ID,
                    SandboxSeed.READ_ONLY_KEY_SECRET, "read-only"), standard.journal()));
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(800);
                ConsoleApplication.showMainWindow(stage, environment);
            });
            TableView<CertificateRow> table = robot.lookup("#certificateTable").queryTableView();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
            robot.interact(() -> {
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (table.getItems().get(i).sn().equals(SandboxSeed.LEGACY_INACTIVE_SN)) {
                        table.getSelectionModel().clearAndSelect(i);
                    }
                }
            });
            robot.clickOn("#activateButton");
            robot.clickOn("#confirmButton");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#errorCode").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            Window dialog = robot.listTargetWindows().stream().filter(w -> w != stage && w.isShowing())
                .findFirst().orElseThrow();
            write(dialog.getScene(), out.resolve("screenshot-error-dialog.png"), robot);
        }
        FxToolkit.cleanupStages();
        System.exit(0);
    }

    private static void write(Scene scene, Path file, FxRobot robot) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        System.out.println("written " + file);
    }
}
