package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.ActionHandler;
import io.mqttca.console.emulator.ApiException;
import io.mqttca.console.emulator.CertificateMint;
import io.mqttca.console.emulator.DeviceCertificateRecord;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.PemCertificates;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.emulator.StoreBatch;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.ui.certificates.CertificateRow;
import io.mqttca.console.ui.details.DetailField;
import io.mqttca.console.ui.devices.DeviceRow;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The device certificates screen in a real scene, on the real service layer and client against an in-process
 * emulator seeded like the Local sandbox: prod-root-rsa has sensor-0001, sensor-0002 (active) and gateway-0001
 * (inactive); staging-ec has two more.
 */
@ExtendWith(ApplicationExtension.class)
class DeviceWindowTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;
    private static final String PROD = SandboxSeed.PROD_ROOT_RSA_SN;

    @TempDir
    Path data;

    private Emulator emulator;
    private ConsoleWindow window;

    @Start
    void start(Stage stage) {
        emulator = Emulator.start(EmulatorConfig.defaults(data.resolve("emulator")));
        DataDirectory directory = new DataDirectory(data.resolve("console"));
        ConsoleEnvironment standard = ConsoleEnvironment.standard(directory).withClock(Clock.systemUTC());
        ConsoleEnvironment environment = standard.withConnector((profile, key) -> Connections.open(profile.name(),
            Endpoint.of(emulator.baseUrl()), Credentials.of(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET,
                "test"), standard.journal()));
        window = ConsoleApplication.showMainWindow(stage, environment);
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w != robot.targetWindow())
            .collect(Collectors.toList()).forEach(Window::hide));
        robot.interact(() -> window.close());
        emulator.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<CertificateRow> caTable(FxRobot robot) {
        return robot.lookup("#certificateTable").queryTableView();
    }

    private TableView<DeviceRow> deviceTable(FxRobot robot) {
        return robot.lookup("#deviceTable").queryTableView();
    }

    private List<String> deviceNames(FxRobot robot) {
        return deviceTable(robot).getItems().stream().map(row -> row.certificate().deviceName()).toList();
    }

    private void openProdDevices(FxRobot robot) throws Exception {
        openDevices(robot, 3);
    }

    private void openDevices(FxRobot robot, int expected) throws Exception {
        waitUntil(() -> robot.lookup("#certificateTable").tryQuery().isPresent()
            && caTable(robot).getItems().size() == 6);
        robot.interact(() -> {
            TableView<CertificateRow> table = caTable(robot);
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).sn().equals(PROD)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.getFocusModel().focus(i);
                }
            }
            table.requestFocus();
        });
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#deviceTable").tryQuery().isPresent()
            && deviceTable(robot).getItems().size() == expected
            && !deviceTable(robot).getItems().get(0).isBusy());
    }

    private void selectDevices(FxRobot robot, String... names) {
        Set<String> wanted = Set.of(names);
        robot.interact(() -> {
            TableView<DeviceRow> table = deviceTable(robot);
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (wanted.contains(table.getItems().get(i).certificate().deviceName())) {
                    table.getSelectionModel().select(i);
                }
            }
        });
    }

    private DeviceCertificateRecord device(String name) {
        return emulator.store().listDevicesByCa(INSTANCE, PROD, 1, 100).items().stream()
            .filter(device -> device.deviceName().equals(name)).findFirst().orElseThrow();
    }

    private List<DetailField> detailFields(FxRobot robot) {
        return robot.lookup("#deviceDetailsPane #fieldList").<DetailField>queryListView().getItems();
    }

    private Set<String> visibleBadges(FxRobot robot, String styleClass) {
        return robot.lookup("#deviceTable ." + styleClass).queryAllAs(Label.class).stream().filter(Node::isVisible)
            .map(Label::getText).collect(Collectors.toSet());
    }

    @Test
    void enterOnACaOpensItsDevicesWithBadgesAndBackReturnsToTheCaStillSelected(FxRobot robot) throws Exception {
        openProdDevices(robot);

        assertEquals(Set.of("sensor-0001", "sensor-0002", "gateway-0001"), Set.copyOf(deviceNames(robot)));
        assertTrue(robot.lookup("#titleLabel").queryAs(Label.class).getText().contains("prod-root-rsa"));
        assertEquals(Set.of("Active"), visibleBadges(robot, "badge-active"));
        assertEquals(Set.of("Inactive"), visibleBadges(robot, "badge-inactive"));
        assertEquals(Set.of("Valid"), visibleBadges(robot, "badge-valid"));
        assertEquals("3 of 3", robot.lookup("#countLabel").queryAs(Label.class).getText());
        TableColumn<?, ?> caColumn = deviceTable(robot).getColumns().stream()
            .filter(column -> column.getId().equals("caColumn")).findFirst().orElseThrow();
        assertFalse(caColumn.isVisible(), "one CA's devices need no Issuing CA column");
        assertTrue(emulator.requests().stream().anyMatch(r -> r.action().equals("ListDeviceCertificateByCaSn")));

        robot.press(KeyCode.ALT).push(KeyCode.LEFT).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#certificateTable").tryQuery().isPresent());
        assertEquals(PROD, caTable(robot).getSelectionModel().getSelectedItem().sn());
    }

    @Test
    void quickFiltersAndTheFilterBoxNarrowTheDevicesAndSayNOfM(FxRobot robot) throws Exception {
        openProdDevices(robot);

        robot.interact(() -> robot.lookup("#statusFilter").queryAs(ComboBox.class).getSelectionModel().select(2));
        assertEquals(List.of("gateway-0001"), deviceNames(robot));
        assertEquals("1 of 3", robot.lookup("#countLabel").queryAs(Label.class).getText());

        robot.interact(() -> robot.lookup("#statusFilter").queryAs(ComboBox.class).getSelectionModel().select(0));
        robot.clickOn("#filterField").write("sensor");
        waitUntil(() -> deviceTable(robot).getItems().size() == 2);
        assertEquals("2 of 3", robot.lookup("#countLabel").queryAs(Label.class).getText());

        robot.interact(() -> robot.lookup("#expiryFilter").queryAs(ComboBox.class).getSelectionModel().select(1));
        assertTrue(deviceNames(robot).isEmpty(), "no seeded device has expired");
        assertEquals(WindowTexts.english("devices.state.noMatch", "sensor"),
            robot.lookup("#placeholderTitle").queryAs(Label.class).getText());
    }

    @Test
    void sortingByAColumnKeepsTheSelectionAndGoesBackToServiceOrder(FxRobot robot) throws Exception {
        openProdDevices(robot);
        List<String> serviceOrder = deviceNames(robot);
        selectDevices(robot, "sensor-0002");
        TableColumn<DeviceRow, ?> name = deviceTable(robot).getColumns().stream()
            .filter(column -> column.getId().equals("nameColumn")).findFirst().orElseThrow();

        robot.interact(() -> deviceTable(robot).getSortOrder().setAll(List.of(name)));
        assertEquals(List.of("gateway-0001", "sensor-0001", "sensor-0002"), deviceNames(robot));
        assertEquals("sensor-0002", deviceTable(robot).getSelectionModel().getSelectedItem().certificate()
            .deviceName(), "the selection follows the row");

        robot.interact(() -> name.setSortType(TableColumn.SortType.DESCENDING));
        assertEquals(List.of("sensor-0002", "sensor-0001", "gateway-0001"), deviceNames(robot));
        robot.clickOn("#filterField").write("sensor");
        waitUntil(() -> deviceNames(robot).equals(List.of("sensor-0002", "sensor-0001")));

        robot.interact(() -> deviceTable(robot).getSortOrder().clear());
        assertEquals(serviceOrder.stream().filter(row -> row.startsWith("sensor")).toList(), deviceNames(robot));
        assertEquals("sensor-0002", deviceTable(robot).getSelectionModel().getSelectedItem().certificate()
            .deviceName());
    }

    @Test
    void deactivatingSaysTheDeviceCannotConnectAndChangesItOnTheService(FxRobot robot) throws Exception {
        openProdDevices(robot);
        selectDevices(robot, "sensor-0001");

        robot.clickOn("#deactivateButton");
        waitUntil(() -> robot.lookup("#confirmMessage").tryQuery().isPresent());
        String message = robot.lookup("#confirmMessage").queryLabeled().getText();
        assertTrue(message.contains("sensor-0001") && message.contains(device("sensor-0001").deviceSn()), message);
        assertTrue(message.contains(WindowTexts.english("devices.deactivate.confirm.consequence")), message);
        robot.clickOn("#confirmButton");

        waitUntil(() -> !device("sensor-0001").active());
        waitUntil(() -> visibleBadges(robot, "badge-inactive").size() == 1
            && robot.lookup("#deviceTable .badge-inactive").queryAll().stream().filter(Node::isVisible).count() == 2);
        String requestId = emulator.requests().stream()
            .filter(r -> r.action().equals("InactivateDeviceCertificate")).findFirst().orElseThrow().requestId();
        assertEquals(requestId, robot.lookup("#requestIdLabel").queryAs(Label.class).getText());
    }

    @Test
    void deleteWarnsThatTheDeviceRegistersAgainAndCancelKeepsIt(FxRobot robot) throws Exception {
        openProdDevices(robot);
        selectDevices(robot, "gateway-0001");

        robot.clickOn("#deleteButton");
        waitUntil(() -> robot.lookup("#confirmMessage").tryQuery().isPresent());
        String message = robot.lookup("#confirmMessage").queryLabeled().getText();
        assertTrue(message.contains(WindowTexts.english("devices.delete.confirm.consequence")), message);
        robot.clickOn("#cancelConfirmButton");

        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, deviceTable(robot).getItems().size());
        assertTrue(emulator.requests().stream().noneMatch(r -> r.action().equals("DeleteDeviceCertificate")));
    }

    @Test
    void bulkDeactivateShowsProgressAndRetryingTheFailureFinishesIt(FxRobot robot) throws Exception {
        openProdDevices(robot);
        String refusedSn = device("sensor-0002").deviceSn();
        ActionHandler inactivate = emulator.routes().find("InactivateDeviceCertificate").orElseThrow();
        AtomicBoolean refuse = new AtomicBoolean(true);
        emulator.routes().put("InactivateDeviceCertificate", call -> {
            if (refuse.get() && refusedSn.equals(call.param("DeviceSn"))) {
                throw new ApiException(500, "InternalError", "The request processing has failed.");
            }
            return inactivate.handle(call);
        });
        selectDevices(robot, "sensor-0001", "sensor-0002");

        robot.clickOn("#deactivateButton");
        robot.clickOn("#confirmButton");
        waitUntil(() -> robot.lookup("#bulkRetryButton").tryQuery().map(Node::isVisible).orElse(false)
            && !robot.lookup("#bulkRetryButton").queryButton().isDisabled());
        assertFalse(device("sensor-0001").active());
        assertTrue(device("sensor-0002").active(), "the refused one did not change");

        refuse.set(false);
        robot.clickOn("#bulkRetryButton");
        waitUntil(() -> !device("sensor-0002").active());
        robot.clickOn("#bulkCloseButton");
        waitUntil(() -> deviceTable(robot).getItems().stream().noneMatch(DeviceRow::isActive));
    }

    @Test
    void allDeviceCertificatesListsEveryCaWithTheIssuingCaColumn(FxRobot robot) throws Exception {
        waitUntil(() -> caTable(robot).getItems().size() == 6);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).push(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#deviceTable").tryQuery().isPresent()
            && deviceTable(robot).getItems().size() == 5);
        TableColumn<?, ?> caColumn = deviceTable(robot).getColumns().stream()
            .filter(column -> column.getId().equals("caColumn")).findFirst().orElseThrow();
        assertTrue(caColumn.isVisible());
        assertTrue(deviceTable(robot).getItems().stream().anyMatch(row -> row.caName().equals("staging-ec")));
        assertTrue(robot.lookup("#titleLabel").queryAs(Label.class).getText().contains("sandbox-platinum"));
        assertTrue(emulator.requests().stream().anyMatch(r -> r.action().equals("ListDeviceCertificate")));
    }

    @Test
    void theDetailsPaneFetchesThePemAndShowsWhatItSays(FxRobot robot) throws Exception {
        openProdDevices(robot);
        selectDevices(robot, "sensor-0001");

        waitUntil(() -> detailFields(robot).stream().anyMatch(field -> field.value().contains("CN=sensor-0001")));
        assertTrue(emulator.requests().stream().anyMatch(r -> r.action().equals("GetDeviceCertificate")),
            "the rows keep no PEM: the pane fetched it");
        assertTrue(detailFields(robot).stream().anyMatch(field -> field.value().equals(
            device("sensor-0001").deviceSn())));
        waitUntil(() -> detailFields(robot).stream().anyMatch(field -> field.label().equals(
            WindowTexts.english("details.chain.result"))));
        DetailField result = detailFields(robot).stream().filter(field -> field.label().equals(
            WindowTexts.english("details.chain.result"))).findFirst().orElseThrow();
        assertEquals(WindowTexts.english("details.chain.result.pass"), result.value(), detailFields(robot)::toString);
        assertEquals(DetailField.Tone.PASS, result.tone());
    }

    @Test
    void aDeviceSignedByAnotherCaWithTheSameNameFailsTheChainCheck(FxRobot robot) throws Exception {
        KeyPair impostorKey = CertificateMint.rsaKeyPair(2048);
        Instant now = Instant.now();
        X509CertificateHolder impostorCa = CertificateMint.selfSignedCa(
            new X500Name("CN=Sandbox Production Root RSA,O=Example IoT Ltd,C=CN"), BigInteger.valueOf(77),
            now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)), impostorKey);
        X509CertificateHolder impostor = CertificateMint.issue(impostorCa, impostorKey.getPrivate(),
            new X500Name("CN=impostor-0001,O=Example IoT Ltd"), new BigInteger("7777"), now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(300)), CertificateMint.ecKeyPair().getPublic(), false);
        emulator.store().insert(new StoreBatch().deviceCertificate(new DeviceCertificateRecord(INSTANCE, "1e61", PROD,
            "impostor-0001", true, PemCertificates.toPem(impostor), now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(300)), now)));
        waitUntil(() -> robot.lookup("#certificateTable").tryQuery().isPresent()
            && caTable(robot).getItems().size() == 6);
        openDevices(robot, 4);
        selectDevices(robot, "impostor-0001");

        String signature = WindowTexts.english("details.chain.item.signature");
        waitUntil(() -> detailFields(robot).stream().anyMatch(field -> field.label().equals(signature)));
        DetailField checked = detailFields(robot).stream().filter(field -> field.label().equals(signature))
            .findFirst().orElseThrow();
        assertEquals(DetailField.Tone.FAIL, checked.tone(), checked::toString);
    }
}
