package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.service.JournalEntry;
import io.mqttca.console.ui.certificates.CertificateRow;
import io.mqttca.console.ui.common.BulkRunViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
 * A bulk activation where one item fails and the operator cancels the rest, then retries: the dialog's totals and
 * the status bar count every attempt, as the journal does, instead of only the last one.
 */
@ExtendWith(ApplicationExtension.class)
class BulkRunWindowTest {

    private static final Set<String> INACTIVE = Set.of("00f26900ba87aa02", "00f26900ba87aa04", "00f26900ba87aa05",
        "00f26900ba87aa07", "00f26900ba87aa08");

    @TempDir
    Path data;

    private InMemoryCertificateService service;
    private ConsoleWindow window;

    @Start
    void start(Stage stage) {
        Instant now = Instant.now();
        service = InMemoryCertificateService.sample(Clock.systemUTC()).onWorkerThreads(Duration.ofMillis(20));
        service.addCa(InMemoryCertificateService.INSTANCE_ID, InMemoryCertificateService.ca("spare-ca-1",
            "00f26900ba87aa07", CertificateStatus.INACTIVE, now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(900)), "Spare CA 1"));
        service.addCa(InMemoryCertificateService.INSTANCE_ID, InMemoryCertificateService.ca("spare-ca-2",
            "00f26900ba87aa08", CertificateStatus.INACTIVE, now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(900)), "Spare CA 2"));
        ConsoleEnvironment standard = ConsoleEnvironment.standard(new DataDirectory(data))
            .withClock(Clock.systemUTC());
        service.journalTo(standard.journal());
        window = ConsoleApplication.showMainWindow(stage, standard.withConnector((profile, key) -> service));
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w != robot.targetWindow())
            .collect(Collectors.toList()).forEach(Window::hide));
        robot.interact(() -> window.close());
        service.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void totalsAndTheStatusBarCountEveryAttemptAfterACancelAndARetry(FxRobot robot) throws Exception {
        TableView<CertificateRow> table = robot.lookup("#certificateTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 8 && table.getItems().stream().noneMatch(CertificateRow::isBusy));
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (INACTIVE.contains(table.getItems().get(i).sn())) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        CountDownLatch first = service.holdChange(1);
        robot.clickOn("#activateButton");
        robot.clickOn("#confirmButton");
        waitUntil(() -> robot.lookup("#bulkItemList").tryQuery().isPresent());
        ListView<BulkRunViewModel.Item> items = robot.lookup("#bulkItemList").queryListView();
        List<String> order = items.getItems().stream().map(BulkRunViewModel.Item::key).toList();
        assertEquals(5, order.size());

        // The second item fails, the third is still on its way when Cancel is clicked, the last two never go.
        service.failChangesOf(order.get(1), "PermissionCheckFailed", "REQ-DENIED-1");
        CountDownLatch third = service.holdChange(2);
        first.countDown();
        waitUntil(() -> text(robot, "#bulkCountLabel").equals("2 of 5 done"));
        String running = text(robot, "#bulkPaceLabel");
        assertTrue(running.equals(WindowTexts.english("bulk.pace.estimating"))
            || running.matches("[\\d.,]+ per second \u00b7 about .+ left|None finished in the last .*"), running);
        robot.clickOn("#bulkCancelButton");
        third.countDown();
        waitUntil(() -> !text(robot, "#bulkSummaryLabel").isEmpty());

        assertEquals("2 succeeded, 1 failed, 2 cancelled, 0 not attempted", text(robot, "#bulkSummaryLabel"));
        String pace = text(robot, "#bulkPaceLabel");
        assertTrue(pace.matches("\\d items? in \\d+\\.\\d s( \u00b7 [\\d.,]+ per second)?"), pace);
        assertEquals("Activated 2 CA certificates. Of 5: 1 failed, 2 cancelled, 0 not attempted, over 1 attempt.",
            text(robot, "#messageLabel"));
        BulkRunViewModel.Item failed = items.getItems().get(1);
        assertTrue(failed.detailProperty().get().startsWith("PermissionCheckFailed: "), failed.detailProperty().get());
        assertTrue(failed.detailProperty().get().contains("RequestId REQ-DENIED-1"));

        service.stopFailing(order.get(1));
        robot.clickOn("#bulkRetryButton");
        waitUntil(() -> text(robot, "#bulkSummaryLabel")
            .equals("5 succeeded, 0 failed, 0 cancelled, 0 not attempted (over 2 attempts)"));
        assertEquals("Attempt 2: 3 of 3 done", text(robot, "#bulkCountLabel"));
        assertTrue(text(robot, "#bulkPaceLabel").startsWith("3 items in "), text(robot, "#bulkPaceLabel"));
        assertEquals("Activated 5 CA certificates. All 5 done over 2 attempts.", text(robot, "#messageLabel"));
        List<JournalEntry> journal = new ChangeJournal(data.resolve("journal.jsonl")).readAll();
        assertEquals(5, journal.stream().filter(entry -> entry.outcome() == JournalEntry.Outcome.SUCCEEDED).count(),
            "the status bar's count is the journal's");
    }
}
