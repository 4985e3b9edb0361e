package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.ui.certificates.CertificateRow;
import io.mqttca.console.ui.details.DetailField;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/**
 * Flows only a real scene shows: the window on a service that answers from worker threads. The service is built in
 * {@link #service()} only, so that the real service on the emulator can take its place.
 */
@ExtendWith(ApplicationExtension.class)
class CertificateWindowTest {

    private static final String EDGE = "00f26900ba87aa02";
    private static final String LEGACY = "00f26900ba87aa04";
    private static final String BACKUP = "00f26900ba87aa05";
    private static final String FLEET = "00f26900ba87aa01";

    @TempDir
    Path data;

    private InMemoryCertificateService service;
    private ConsoleWindow window;

    private InMemoryCertificateService service() {
        return InMemoryCertificateService.sample(TestContexts.CLOCK).onWorkerThreads(Duration.ofMillis(40));
    }

    @Start
    void start(Stage stage) {
        service = service();
        ConsoleEnvironment environment = ConsoleEnvironment.standard(new DataDirectory(data))
            .withClock(TestContexts.CLOCK).withConnector((profile, key) -> service);
        window = ConsoleApplication.showMainWindow(stage, environment);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w != robot.targetWindow())
            .collect(Collectors.toList()).forEach(Window::hide));
        service.close();
    }

    private TableView<CertificateRow> table(FxRobot robot) {
        return robot.lookup("#certificateTable").queryTableView();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForRows(FxRobot robot, int count) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == count
            && table(robot).getItems().stream().noneMatch(CertificateRow::isBusy));
    }

    private void select(FxRobot robot, String... sns) {
        Set<String> wanted = Set.of(sns);
        robot.interact(() -> {
            TableView<CertificateRow> table = table(robot);
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (wanted.contains(table.getItems().get(i).sn())) {
                    table.getSelectionModel().select(i);
                }
            }
        });
    }

    private Set<String> visibleTexts(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Label.class).stream()
            .filter(Node::isVisible).map(Label::getText).collect(Collectors.toSet());
    }

    private CertificateStatus statusInTable(FxRobot robot, String sn) {
        return table(robot).getItems().stream().filter(row -> row.sn().equals(sn)).findFirst().orElseThrow()
            .certificate().status();
    }

    @Test
    void tableShowsTheCertificatesWithStatusAndExpiryBadges(FxRobot robot) throws Exception {
        waitForRows(robot, 6);

        assertTrue(visibleTexts(robot, "badge-active").contains("Active"));
        assertTrue(visibleTexts(robot, "badge-inactive").contains("Inactive"));
        assertEquals(Set.of("Expired"), visibleTexts(robot, "badge-expired"));
        assertEquals(Set.of("Expires in 12 days"), visibleTexts(robot, "badge-expiring"));
        assertTrue(visibleTexts(robot, "badge-valid").contains("Valid"));
        assertEquals("6 of 6", robot.lookup("#countLabel").queryAs(Label.class).getText());
    }

    @Test
    void activatingFlipsTheBadgeAndShowsTheRequestId(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, EDGE);
        robot.clickOn("#activateButton");
        robot.clickOn("#confirmButton");

        waitUntil(() -> statusInTable(robot, EDGE) == CertificateStatus.ACTIVE);
        waitForRows(robot, 6);
        assertEquals(CertificateStatus.ACTIVE, service.certificate(InMemoryCertificateService.INSTANCE_ID, EDGE)
            .status());
        assertTrue(robot.lookup("#requestIdLabel").queryAs(Label.class).getText().startsWith("REQ-"));
        assertFalse(visibleTexts(robot, "badge-inactive").isEmpty(), "other inactive rows keep their badge");
    }

    @Test
    void permissionCheckFailedShowsCodeAndRequestIdAndChangesNothing(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        service.failChangesOf(EDGE, "PermissionCheckFailed", "REQ-DENIED-7");
        select(robot, EDGE);
        robot.clickOn("#activateButton");
        robot.clickOn("#confirmButton");

        waitUntil(() -> robot.lookup("#errorCode").tryQuery().isPresent());
        assertEquals("PermissionCheckFailed", robot.lookup("#errorCode").queryAs(TextField.class).getText());
        assertEquals("REQ-DENIED-7", robot.lookup("#errorRequestId").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("The account is not allowed to make this call.").tryQuery().isPresent());
        assertEquals(CertificateStatus.INACTIVE, statusInTable(robot, EDGE));
        assertEquals(CertificateStatus.INACTIVE, service.certificate(InMemoryCertificateService.INSTANCE_ID, EDGE)
            .status());
    }

    @Test
    void filteringNarrowsTheTableAndCountsNofM(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        robot.clickOn("#filterField").write("edge");

        waitUntil(() -> table(robot).getItems().size() == 2);
        assertEquals("2 of 6", robot.lookup("#countLabel").queryAs(Label.class).getText());

        robot.write(" nothing");
        waitUntil(() -> robot.lookup("#placeholderTitle").queryAs(Label.class).getText()
            .equals("No CA certificate matches \u201cedge nothing\u201d."));
    }

    @Test
    void multiSelectActivationShowsProgressAndPerItemResults(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        service.failChangesOf(LEGACY, "PermissionCheckFailed", "REQ-DENIED-8");
        select(robot, EDGE, LEGACY, BACKUP);
        robot.clickOn("#activateButton");
        robot.clickOn("#confirmButton");

        waitUntil(() -> robot.lookup("#bulkSummaryLabel").tryQuery().isPresent()
            && !robot.lookup("#bulkSummaryLabel").queryAs(Label.class).getText().isEmpty());
        assertEquals("2 succeeded, 1 failed, 0 cancelled",
            robot.lookup("#bulkSummaryLabel").queryAs(Label.class).getText());
        assertEquals("3 of 3 done", robot.lookup("#bulkCountLabel").queryAs(Label.class).getText());
        ListView<?> items = robot.lookup("#bulkItemList").queryListView();
        assertEquals(3, items.getItems().size());
        waitUntil(() -> robot.lookup("#bulkRetryButton").queryAs(Button.class).isVisible());

        service.stopFailing(LEGACY);
        robot.clickOn("#bulkRetryButton");
        waitUntil(() -> robot.lookup("#bulkSummaryLabel").queryAs(Label.class).getText()
            .equals("1 succeeded, 0 failed, 0 cancelled"));
        robot.clickOn("#bulkCloseButton");
        waitUntil(() -> statusInTable(robot, LEGACY) == CertificateStatus.ACTIVE);
        assertEquals(CertificateStatus.ACTIVE, statusInTable(robot, BACKUP));
    }

    @Test
    void deleteIsConfirmedOnlyOnceTheCaNameIsTyped(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, FLEET);
        robot.clickOn("#deleteButton");

        waitUntil(() -> robot.lookup("#typedConfirmField").tryQuery().isPresent());
        Button confirm = robot.lookup("#confirmButton").queryButton();
        assertTrue(confirm.isDisabled());
        assertTrue(robot.lookup((Label label) -> label.getText() != null
            && label.getText().contains("the 12 device certificate(s)")).tryQuery().isPresent());
        robot.clickOn("#typedConfirmField").write("fleet-root");
        assertTrue(confirm.isDisabled());
        robot.write("-2025");
        assertFalse(confirm.isDisabled());
        robot.clickOn(confirm);

        waitForRows(robot, 5);
        assertTrue(table(robot).getItems().stream().noneMatch(row -> row.sn().equals(FLEET)));
    }

    @Test
    void detailsPaneShowsTheSerialInHexAndDecimal(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, EDGE);

        ListView<DetailField> fields = robot.lookup("#fieldList").queryListView();
        waitUntil(() -> fields.getItems().stream().anyMatch(field -> field.label().equals("Serial (hex)")));
        List<DetailField> items = List.copyOf(fields.getItems());
        assertTrue(items.contains(new DetailField("Serial (hex)", "00:F2:69:00:BA:87:AA:02", false)), items::toString);
        assertTrue(items.contains(new DetailField("Serial (decimal)",
            new java.math.BigInteger(EDGE, 16).toString(), false)));
        assertTrue(items.contains(new DetailField("Sn", EDGE, false)));
        assertEquals("edge-gateway-ca", robot.lookup("#detailsTitleLabel").queryAs(Label.class).getText());
    }
}
