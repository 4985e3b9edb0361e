package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.CaCertificateRecord;
import io.mqttca.console.emulator.ActionHandler;
import io.mqttca.console.emulator.ApiException;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.RecordedRequest;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.ui.certificates.CertificateRow;
import io.mqttca.console.ui.common.BulkRunViewModel;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.details.DetailField;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
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
 * Flows only a real scene shows, on the real service layer and client against an in-process emulator seeded like
 * the Local sandbox, with a temporary data directory. A test that needs another key (read-only) reconnects the
 * window's connector with it.
 */
@ExtendWith(ApplicationExtension.class)
class CertificateWindowTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;
    private static final String PROD = SandboxSeed.PROD_ROOT_RSA_SN;
    private static final String LEGACY = SandboxSeed.LEGACY_INACTIVE_SN;
    private static final String STAGING = SandboxSeed.STAGING_EC_SN;
    private static final String CHINESE = SandboxSeed.CHINESE_SUBJECT_SN;

    @TempDir
    Path data;

    private Emulator emulator;
    private ConsoleWindow window;
    private volatile String keyId = SandboxSeed.DEMO_KEY_ID;
    private volatile String keySecret = SandboxSeed.DEMO_KEY_SECRET;
    private final AtomicInteger connectionsOpened = new AtomicInteger();

    @Start
    void start(Stage stage) {
        emulator = Emulator.start(EmulatorConfig.defaults(data.resolve("emulator")));
        // Two more inactive CAs, so that multi-select activation has several to act on.
        emulator.store().setCaActive(INSTANCE, STAGING, false);
        emulator.store().setCaActive(INSTANCE, CHINESE, false);
        DataDirectory directory = new DataDirectory(data.resolve("console"));
        ConsoleEnvironment standard = ConsoleEnvironment.standard(directory).withClock(Clock.systemUTC());
        ConsoleEnvironment environment = standard.withConnector((profile, key) -> {
            connectionsOpened.incrementAndGet();
            return Connections.open(profile.name(), Endpoint.of(emulator.baseUrl()),
                Credentials.of(keyId, keySecret, "test"), standard.journal());
        });
        window = ConsoleApplication.showMainWindow(stage, environment);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w != robot.targetWindow())
            .collect(Collectors.toList()).forEach(Window::hide));
        robot.interact(() -> window.close());
        emulator.close();
    }

    private boolean activeInEmulator(String sn) {
        return emulator.store().findCa(INSTANCE, sn).orElseThrow().active();
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
    void tableShowsTheSandboxCertificatesWithStatusAndExpiryBadges(FxRobot robot) throws Exception {
        waitForRows(robot, 6);

        assertTrue(visibleTexts(robot, "badge-active").contains("Active"));
        assertTrue(visibleTexts(robot, "badge-inactive").contains("Inactive"));
        assertEquals(Set.of("Expired"), visibleTexts(robot, "badge-expired"));
        Instant soonEnd = emulator.store().findCa(INSTANCE, SandboxSeed.EXPIRING_SOON_SN).orElseThrow().validEnd();
        long days = Expiry.of(soonEnd, Instant.now(), Expiry.DEFAULT_WARNING_DAYS).daysLeft();
        assertEquals(Set.of("Expires in " + days + " days"), visibleTexts(robot, "badge-expiring"));
        assertTrue(visibleTexts(robot, "badge-valid").contains("Valid"));
        assertEquals("6 of 6", robot.lookup("#countLabel").queryAs(Label.class).getText());
        String listed = emulator.requests().stream().filter(r -> r.action().equals("ListCaCertificate"))
            .reduce((first, second) -> second).map(RecordedRequest::requestId).orElseThrow();
        assertEquals(listed, window.context().status().lastRequestIdProperty().get(),
            "the status bar keeps the RequestId of the listing too");
    }

    @Test
    void theDevicesColumnIsFilledInTheBackgroundWithEachCasCount(FxRobot robot) throws Exception {
        waitForRows(robot, 6);

        waitUntil(() -> table(robot).getItems().stream().allMatch(row -> row.deviceCount() != null
            && !row.deviceCount().isPending()));
        for (CertificateRow row : table(robot).getItems()) {
            int seeded = emulator.store().listDevicesByCa(INSTANCE, row.sn(), 1, 100).items().size();
            assertEquals(Integer.valueOf(seeded), row.deviceCount().count(), row.sn());
        }
        assertTrue(robot.lookup("#certificateTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
            .stream().anyMatch(cell -> "3".equals(cell.getText())), "prod-root-rsa's three devices are shown");
    }

    @Test
    void activatingFlipsTheBadgeAndTheEmulatorAndJournalsTheRequestId(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, LEGACY);
        robot.clickOn("#activateButton");
        robot.clickOn("#confirmButton");

        waitUntil(() -> statusInTable(robot, LEGACY) == CertificateStatus.ACTIVE);
        waitForRows(robot, 6);
        assertTrue(activeInEmulator(LEGACY));
        String requestId = emulator.requests().stream().filter(r -> r.action().equals("ActiveCaCertificate"))
            .map(RecordedRequest::requestId).findFirst().orElseThrow();
        assertTrue(new ChangeJournal(data.resolve("console/journal.jsonl")).readAll()
            .stream().anyMatch(entry -> entry.sn().equals(LEGACY) && entry.requestId().equals(requestId)));
        // The status bar keeps the last answer's RequestId: the activation's, or the reload's that followed it.
        String shown = robot.lookup("#requestIdLabel").queryAs(Label.class).getText();
        assertTrue(emulator.requests().stream().anyMatch(r -> r.requestId().equals(shown)
            && (r.action().equals("ActiveCaCertificate") || r.action().equals("ListCaCertificate"))), shown);
        assertFalse(visibleTexts(robot, "badge-inactive").isEmpty(), "other inactive rows keep their badge");
    }

    @Test
    void aReadOnlyKeyGetsPermissionCheckFailedWithCodeAndRequestIdAndNothingChanges(FxRobot robot)
        throws Exception {
        waitForRows(robot, 6);
        keyId = SandboxSeed.READ_ONLY_KEY_ID;
        keySecret = SandboxSeed.READ_ONLY_KEY_SECRET;
        robot.interact(() -> window.profiles().reconnect());
        waitForRows(robot, 6);
        select(robot, LEGACY);
        robot.clickOn("#activateButton");
        robot.clickOn("#confirmButton");

        waitUntil(() -> robot.lookup("#errorCode").tryQuery().isPresent());
        assertEquals("PermissionCheckFailed", robot.lookup("#errorCode").queryAs(TextField.class).getText());
        String requestId = robot.lookup("#errorRequestId").queryAs(TextField.class).getText();
        assertTrue(emulator.requests().stream().anyMatch(r -> r.requestId().equals(requestId)
            && "PermissionCheckFailed".equals(r.outcome())), requestId);
        assertEquals(CertificateStatus.INACTIVE, statusInTable(robot, LEGACY));
        assertFalse(activeInEmulator(LEGACY));
    }

    /** ListCaCertificate answers PermissionCheckFailed from now on; returns its message. */
    private String refuseListing() {
        String message = "You are not authorized to list CA certificates.";
        emulator.routes().put("ListCaCertificate", call -> {
            throw new ApiException(403, "PermissionCheckFailed", message);
        });
        return message;
    }

    private String lastRefusedListingRequestId() {
        return emulator.requests().stream().filter(r -> r.action().equals("ListCaCertificate")
            && "PermissionCheckFailed".equals(r.outcome())).reduce((first, second) -> second)
            .map(RecordedRequest::requestId).orElseThrow();
    }

    @Test
    void aFailedRefreshKeepsTheRowsAndShowsTheBannerWithCodeAndRequestId(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        refuseListing();
        robot.clickOn("#refreshButton");

        Label bannerText = robot.lookup("#bannerText").queryAs(Label.class);
        waitUntil(() -> bannerText.getParent().isVisible());
        String banner = bannerText.getText();
        assertTrue(banner.contains("PermissionCheckFailed") && banner.contains(lastRefusedListingRequestId()), banner);
        assertEquals(6, table(robot).getItems().size());
        assertEquals("6 of 6", robot.lookup("#countLabel").queryAs(Label.class).getText());
    }

    @Test
    void aFailedRefreshGreysTheKeptRowsAndTheAutomaticRetryBringsThemBack(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        ActionHandler listing = emulator.routes().find("ListCaCertificate").orElseThrow();
        refuseListing();
        robot.clickOn("#refreshButton");

        Label bannerText = robot.lookup("#bannerText").queryAs(Label.class);
        waitUntil(() -> bannerText.getParent().isVisible());
        assertTrue(isStale(table(robot)), "the kept rows are marked stale");
        assertEquals(6, table(robot).getItems().size());

        emulator.routes().put("ListCaCertificate", listing);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !bannerText.getParent().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(isStale(table(robot)), "a good load clears the stale mark without the operator asking");
        assertEquals(6, table(robot).getItems().size());
    }

    private static boolean isStale(Node node) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass("stale"));
    }

    @Test
    void atALaptopsSizeStatusAndExpiryStayInViewAndTheEmptyDetailsPaneGivesWay(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setWidth(1000);
            window.stage().setHeight(700);
        });
        waitForRows(robot, 6);
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<CertificateRow> table = table(robot);
        Bounds visible = table.localToScene(table.getLayoutBounds());
        for (String header : List.of("Status", "Expiry", "Name", "Sn")) {
            TableColumnHeader cell = robot.lookup("#certificateTable .column-header").queryAllAs(
                TableColumnHeader.class).stream().filter(h -> h.getTableColumn() != null
                    && header.equals(h.getTableColumn().getText()) && h.isVisible()).findFirst().orElseThrow(
                        () -> new AssertionError(header + " column is not shown"));
            Bounds bounds = cell.localToScene(cell.getLayoutBounds());
            assertTrue(bounds.getMaxX() <= visible.getMaxX() + 1, header + " ends at " + bounds.getMaxX()
                + ", beyond the table's visible edge " + visible.getMaxX());
        }
        assertTrue(robot.lookup("#certificateTable .badge-expired").queryAllAs(Label.class).stream()
            .filter(Node::isVisible).allMatch(badge -> badge.getWidth() + 0.5 >= badge.prefWidth(-1)),
            "expiry badges are not cut");
        assertTrue(robot.lookup("#detailsPane").tryQuery().map(node -> !node.isVisible()
            || node.getScene() == null).orElse(true), "no details pane without a selected row");
    }

    @Test
    void switchingLanguageRebuildsTheWindowAtOnceOnTheSameConnectionAndSelection(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, PROD);
        int opened = connectionsOpened.get();

        robot.interact(() -> window.main().changeLanguage("zh-CN"));

        waitUntil(() -> window.current() != window);
        ConsoleWindow rebuilt = window.current();
        // The rebuilt window connects, lists and selects again: allow for a loaded machine.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
            () -> rebuilt.certificates().currentRowProperty().get() != null);
        assertEquals(PROD, rebuilt.certificates().currentRowProperty().get().sn(), "the selection is kept");
        assertTrue(window.stage().isShowing(), "the same window, not a restart");
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(Messages.bundle(Locale.SIMPLIFIED_CHINESE).getString("menu.file"),
            menus.getMenus().get(0).getText());
        assertEquals(opened, connectionsOpened.get(), "no new connection was opened");
    }

    @Test
    void aFailedFirstLoadShowsCodeMessageAndRequestIdInThePlaceholder(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        String message = refuseListing();
        robot.interact(() -> window.profiles().reconnect());

        TextField code = robot.lookup("#placeholderCode").queryAs(TextField.class);
        waitUntil(() -> code.getText().equals("PermissionCheckFailed"));
        assertTrue(code.getParent().isVisible(), "the facts grid is shown");
        assertEquals(message, robot.lookup("#placeholderMessage").queryAs(TextField.class).getText());
        assertEquals(lastRefusedListingRequestId(),
            robot.lookup("#placeholderRequestId").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#placeholderRetry").queryButton().isVisible());
        assertTrue(table(robot).getItems().isEmpty());
    }

    @Test
    void filteringNarrowsTheTableAndCountsNofM(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        robot.clickOn("#filterField").write("root");

        waitUntil(() -> table(robot).getItems().size() == 4);
        assertEquals("4 of 6", robot.lookup("#countLabel").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, robot.lookup("#certificateTable .badge").queryAllAs(Label.class).stream()
            .filter(Node::isVisible).count(), "a status and an expiry badge per matching row, none on empty rows");

        robot.write(" nothing");
        waitUntil(() -> robot.lookup("#placeholderTitle").queryAs(Label.class).getText()
            .equals(WindowTexts.english("certificates.state.noMatch", "root nothing")));
    }

    @Test
    void filteringKeepsTheSelectedRowWhileItStillMatches(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, PROD);
        robot.clickOn("#filterField").write("ro");
        waitUntil(() -> table(robot).getItems().size() < 6);

        assertEquals(List.of(PROD), table(robot).getSelectionModel().getSelectedItems().stream()
            .map(CertificateRow::sn).toList());
    }

    @Test
    void theSelectionIsCountedAndTheConfirmationSaysWhichSelectedRowsAreSkipped(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, PROD, LEGACY, STAGING, CHINESE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 selected", robot.lookup("#selectionLabel").queryAs(Label.class).getText());

        robot.clickOn("#activateButton");
        waitUntil(() -> robot.lookup("#confirmMessage").tryQuery().isPresent());
        String message = robot.lookup("#confirmMessage").queryAs(Label.class).getText();
        assertTrue(message.contains(WindowTexts.english("certificates.confirm.skipped.active", 1)), message);
        String header = robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText();
        assertTrue(header.contains("3"), "three are activated, not four: " + header);
        robot.clickOn("#cancelConfirmButton");
        assertFalse(activeInEmulator(LEGACY), "cancelled: nothing changed");
    }

    @Test
    void multiSelectActivationShowsProgressAndPerItemResultsAndRetriesFailures(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, LEGACY, STAGING, CHINESE);
        CaCertificateRecord removed = emulator.store().findCa(INSTANCE, CHINESE).orElseThrow();
        emulator.store().deleteCa(INSTANCE, CHINESE);
        robot.clickOn("#activateButton");
        robot.clickOn("#confirmButton");

        waitUntil(() -> robot.lookup("#bulkSummaryLabel").tryQuery().isPresent()
            && !robot.lookup("#bulkSummaryLabel").queryAs(Label.class).getText().isEmpty());
        assertEquals("2 succeeded, 1 failed, 0 cancelled, 0 not attempted",
            robot.lookup("#bulkSummaryLabel").queryAs(Label.class).getText());
        assertEquals("3 of 3 done", robot.lookup("#bulkCountLabel").queryAs(Label.class).getText());
        ListView<BulkRunViewModel.Item> items = robot.lookup("#bulkItemList").queryListView();
        assertEquals(3, items.getItems().size());
        assertEquals("FindCaBySnError", items.getItems().stream().filter(item -> item.key().equals(CHINESE))
            .findFirst().orElseThrow().failure().code());
        waitUntil(() -> robot.lookup("#bulkRetryButton").queryAs(Button.class).isVisible());
        Button retry = robot.lookup("#bulkRetryButton").queryButton();
        Button cancel = robot.lookup("#bulkCancelButton").queryButton();
        assertFalse(retry.localToScene(retry.getBoundsInLocal()).intersects(
            cancel.localToScene(cancel.getBoundsInLocal())), "Retry never appears where Cancel was");

        emulator.store().insertCaIfAbsent(removed);
        robot.clickOn("#bulkRetryButton");
        waitUntil(() -> robot.lookup("#bulkSummaryLabel").queryAs(Label.class).getText()
            .equals("3 succeeded, 0 failed, 0 cancelled, 0 not attempted (over 2 attempts)"));
        robot.clickOn("#bulkCloseButton");
        waitUntil(() -> statusInTable(robot, CHINESE) == CertificateStatus.ACTIVE);
        assertEquals(CertificateStatus.ACTIVE, statusInTable(robot, STAGING));
        assertTrue(activeInEmulator(LEGACY) && activeInEmulator(STAGING) && activeInEmulator(CHINESE));
    }

    @Test
    void deleteIsConfirmedOnlyOnceTheCaNameIsTypedAndNamesTheDeviceCount(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        int devices = emulator.store().listDevicesByCa(INSTANCE, PROD, 1, 100).items().size();
        select(robot, PROD);
        robot.clickOn("#deleteButton");

        waitUntil(() -> robot.lookup("#typedConfirmField").tryQuery().isPresent());
        Button confirm = robot.lookup("#confirmButton").queryButton();
        assertTrue(confirm.isDisabled());
        waitUntil(() -> robot.lookup((Label label) -> label.getText() != null
            && label.getText().contains("the " + devices + " device certificate")).tryQuery().isPresent());
        robot.clickOn("#typedConfirmField").write("prod-root");
        assertTrue(confirm.isDisabled());
        robot.write("-rsa");
        assertFalse(confirm.isDisabled());
        robot.clickOn(confirm);

        waitForRows(robot, 5);
        assertTrue(table(robot).getItems().stream().noneMatch(row -> row.sn().equals(PROD)));
        assertTrue(emulator.store().findCa(INSTANCE, PROD).isEmpty());
        assertTrue(emulator.store().listDevicesByCa(INSTANCE, PROD, 1, 100).items().isEmpty());
    }

    @Test
    void ctrlCOnARowCopiesItsWholeSnAndShiftF10OpensItsMenu(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, PROD);
        robot.interact(() -> table(robot).requestFocus());

        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals(PROD, copied[0]);

        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(() -> Window.getWindows().stream()
            .anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void everySnShowsWholeInTheTable(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = robot.lookup("#certificateTable").lookup(".monospace").lookup(".text")
            .queryAllAs(javafx.scene.text.Text.class).stream().map(javafx.scene.text.Text::getText)
            .filter(text -> text != null && !text.isEmpty()).toList();
        assertEquals(6, shown.size(), shown.toString());
        assertTrue(shown.contains(PROD), "shown whole: " + shown);
        assertTrue(shown.stream().noneMatch(text -> text.endsWith("...") || text.endsWith("\u2026")), shown.toString());
    }

    @Test
    void downFromTheFilterSelectsTheFirstMatchSoCtrlCCopiesIt(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        robot.interact(() -> robot.lookup("#filterField").queryAs(TextField.class).requestFocus());
        typeKeys(robot, "root-rsa");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.push(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);

        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals(PROD, copied[0]);
    }

    /** Types on the keyboard itself, key by key, as an operator does (letters and '-'). */
    private static void typeKeys(FxRobot robot, String text) {
        for (char c : text.toCharArray()) {
            robot.type(c == '-' ? KeyCode.MINUS : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))));
        }
    }

    @Test
    void deleteIsConfirmedByKeyboardAloneEnterWaitsForTheNameAndEscCancels(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, PROD);
        robot.interact(() -> table(robot).requestFocus());
        robot.push(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#typedConfirmField").tryQuery().map(Node::isFocused).orElse(false));
        typeKeys(robot, "prod-root");
        waitUntil(() -> "prod-root".equals(robot.lookup("#typedConfirmField").queryAs(TextField.class).getText()));
        robot.push(KeyCode.ENTER);
        assertTrue(robot.lookup("#typedConfirmField").tryQuery().isPresent(), "Enter does nothing before the name");
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#typedConfirmField").tryQuery().isEmpty());
        assertTrue(emulator.store().findCa(INSTANCE, PROD).isPresent(), "Esc cancelled");

        select(robot, PROD);
        robot.interact(() -> table(robot).requestFocus());
        robot.push(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#typedConfirmField").tryQuery().map(Node::isFocused).orElse(false));
        typeKeys(robot, "prod-root-rsa");
        robot.push(KeyCode.ENTER);

        waitForRows(robot, 5);
        assertTrue(emulator.store().findCa(INSTANCE, PROD).isEmpty());
    }

    @Test
    void detailsPaneShowsTheSerialTheInspectorReads(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        select(robot, PROD);
        var inspected = new CertificateInspector().inspect(emulator.store().findCa(INSTANCE, PROD).orElseThrow()
            .caPem().getBytes(StandardCharsets.UTF_8), "test").certificates().get(0);

        ListView<DetailField> fields = robot.lookup("#fieldList").queryListView();
        waitUntil(() -> fields.getItems().stream().anyMatch(field -> field.label().equals("Serial (hex)")));
        List<DetailField> items = List.copyOf(fields.getItems());
        assertTrue(items.contains(new DetailField("Serial (hex)", inspected.serialHex(), false)), items::toString);
        assertTrue(items.contains(new DetailField("Serial (decimal)", inspected.serialDecimal(), false)));
        assertTrue(items.contains(new DetailField("Sn", PROD, false)));
        assertEquals("prod-root-rsa", robot.lookup("#detailsTitleLabel").queryAs(Label.class).getText());
    }
}
