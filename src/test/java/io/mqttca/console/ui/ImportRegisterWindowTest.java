package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.app.ConsoleWindow;
import io.mqttca.console.cert.TestCertificates;
import io.mqttca.console.cert.TestKeys;
import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.ui.certificates.CertificateRow;
import io.mqttca.console.ui.importing.ImportRow;
import io.mqttca.console.ui.importing.ImportView;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
 * The import view and the Register wizard in the real window, on the real service layer against an in-process
 * emulator seeded like the Local sandbox. Files go in through the code path a drop uses (the native file chooser
 * cannot run headless); the CA private keys are made per test.
 */
@ExtendWith(ApplicationExtension.class)
class ImportRegisterWindowTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;

    @TempDir
    Path data;

    private Emulator emulator;
    private ConsoleWindow window;
    private ConsoleEnvironment environment;

    @Start
    void start(Stage stage) {
        emulator = Emulator.start(EmulatorConfig.defaults(data.resolve("emulator")));
        DataDirectory directory = new DataDirectory(data.resolve("console"));
        ConsoleEnvironment standard = ConsoleEnvironment.standard(directory).withClock(Clock.systemUTC());
        environment = standard.withConnector((profile, key) -> Connections.open(profile.name(),
            Endpoint.of(emulator.baseUrl()), Credentials.of(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET,
                "test"), standard.journal()));
        window = ConsoleApplication.showMainWindow(stage, environment);
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w != robot.targetWindow())
            .collect(Collectors.toList()).forEach(Window::hide));
        robot.interact(() -> window.close());
        emulator.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<CertificateRow> caTable(FxRobot robot) {
        return robot.lookup("#certificateTable").queryTableView();
    }

    private void waitForCaTable(FxRobot robot, int rows) throws Exception {
        waitUntil(() -> caTable(robot).getItems().size() == rows
            && caTable(robot).getItems().stream().noneMatch(CertificateRow::isBusy));
    }

    private Path write(String name, String text) throws Exception {
        Path file = data.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private String seededPem(String sn) {
        return emulator.store().findCa(INSTANCE, sn).orElseThrow().caPem();
    }

    /** Hands files to the import view the way a drop does, and waits until every row is matched. */
    private void drop(FxRobot robot, int expectedRows, Path... files) throws Exception {
        List<File> dropped = java.util.Arrays.stream(files).map(Path::toFile).toList();
        robot.interact(() -> ImportView.drop(window.imports(), dropped, window::showImports));
        waitUntil(() -> window.imports().rows().size() == expectedRows
            && window.imports().rows().stream().allMatch(row -> row.isError() || row.match() != null)
            && !window.imports().busyProperty().get());
    }

    private Set<String> badgeTexts(FxRobot robot) {
        return robot.lookup("#importTable").lookup(".badge").queryAllAs(Label.class).stream()
            .filter(Node::isVisible).map(Label::getText).collect(Collectors.toSet());
    }

    private Button visibleButton(FxRobot robot, String text) {
        return robot.lookup("#importTable").lookup(".import-action").queryAllAs(Button.class).stream()
            .filter(button -> button.isVisible() && button.getText().equals(text)).findFirst().orElseThrow();
    }

    private static String registerLabel() {
        return WindowTexts.english("import.register");
    }

    private boolean registerWasCalled() {
        return emulator.requests().stream().anyMatch(r -> r.action().equals("RegisterCaCertificate"));
    }

    @Test
    void theImportWindowClosesWithEsc(FxRobot robot) throws Exception {
        robot.interact(window::showImports);
        waitUntil(() -> importStage().isPresent());
        robot.interact(() -> importStage().orElseThrow().requestFocus());
        robot.push(KeyCode.ESCAPE);

        waitUntil(() -> importStage().isEmpty());
    }

    private java.util.Optional<Stage> importStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()
            && w != window.stage()).map(w -> (Stage) w).findFirst();
    }

    @Test
    void filesAndFoldersShowEveryMatchStateAndRefuseAPrivateKey(FxRobot robot) throws Exception {
        waitForCaTable(robot, 6);
        Instant now = Instant.now();
        KeyPair keys = TestKeys.ec();
        Path prod = write("prod.pem", seededPem(SandboxSeed.PROD_ROOT_RSA_SN));
        Path legacy = write("legacy.crt", seededPem(SandboxSeed.LEGACY_INACTIVE_SN));
        write("folder/new-ca.pem", TestKeys.caPem(keys, "Brand New CA", BigInteger.valueOf(0x4e4e)));
        write("folder/leaf.cer", TestCertificates.certificate().serial(BigInteger.valueOf(9)).pem());
        write("folder/expired.pem", TestCertificates.certificate().serial(BigInteger.valueOf(10)).ca(null)
            .validity(now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(1))).pem());
        write("folder/reissued.pem", TestCertificates.certificate().subject("CN=Reissued")
            .serial(new BigInteger(SandboxSeed.STAGING_EC_SN, 16)).ca(null).pem());
        write("folder/notes.txt", "not looked at inside a folder");
        Path key = write("ca.key", TestKeys.pkcs8Pem(keys));

        drop(robot, 2, prod, legacy);
        robot.interact(() -> window.imports().importPaths(List.of(data.resolve("folder"), key)));
        waitUntil(() -> window.imports().rows().size() == 7 && !window.imports().busyProperty().get()
            && window.imports().rows().stream().allMatch(row -> row.isError() || row.match() != null));

        assertEquals(Set.of("Registered \u00b7 Active", "Registered \u00b7 Inactive", "Not registered",
            "Not a CA certificate", "Expired", "Registered \u00b7 different certificate (Active)",
            "Not read: private key"), badgeTexts(robot));
        Label warning = robot.lookup(".import-warning").queryAs(Label.class);
        assertTrue(warning.isVisible() && warning.getText().startsWith("1 private key was refused"),
            warning.getText());
        assertTrue(robot.lookup("#importTable").lookup(".import-action").queryAllAs(Button.class).stream()
            .filter(Node::isVisible).map(Button::getText).collect(Collectors.toSet())
            .containsAll(Set.of("Activate", registerLabel())));
    }

    @Test
    void activateFromTheImportViewFlipsTheBadgeAndTheTable(FxRobot robot) throws Exception {
        waitForCaTable(robot, 6);
        drop(robot, 1, write("legacy.pem", seededPem(SandboxSeed.LEGACY_INACTIVE_SN)));

        robot.clickOn(visibleButton(robot, "Activate"));

        waitUntil(() -> emulator.store().findCa(INSTANCE, SandboxSeed.LEGACY_INACTIVE_SN).orElseThrow().active());
        waitUntil(() -> badgeTexts(robot).equals(Set.of("Registered \u00b7 Active")));
        waitUntil(() -> caTable(robot).getItems().stream().anyMatch(row -> row.sn()
            .equals(SandboxSeed.LEGACY_INACTIVE_SN) && row.certificate().status() == CertificateStatus.ACTIVE));
    }

    private void openWizardFromImport(FxRobot robot, String caPem) throws Exception {
        drop(robot, 1, write("ca.pem", caPem));
        robot.clickOn(visibleButton(robot, registerLabel()));
        waitUntil(() -> window.registration().caProperty().get() != null
            && !window.registration().registerCodeProperty().get().isEmpty()
            && !window.registration().busyProperty().get());
    }

    private void generate(FxRobot robot, Path keyFile, String password) throws Exception {
        robot.interact(() -> {
            window.registration().verification().setKeyFile(keyFile);
            robot.lookup("#passwordField").queryAs(PasswordField.class).setText(password);
        });
        robot.clickOn("#generateButton");
        waitUntil(() -> !window.registration().busyProperty().get());
    }

    private void registerAndExpectActive(FxRobot robot, String sn) throws Exception {
        robot.clickOn("#registerButton");
        waitUntil(() -> window.registration().registeredProperty().get());
        assertTrue(emulator.store().findCa(INSTANCE, sn).orElseThrow().active());
        waitForCaTable(robot, 7);
        assertTrue(caTable(robot).getItems().stream().anyMatch(row -> row.sn().equals(sn)
            && row.certificate().status() == CertificateStatus.ACTIVE));
        assertTrue(environment.journal().readAll().stream().anyMatch(entry ->
            entry.action() == ChangeAction.REGISTER_CA && sn.equals(entry.sn())));
        assertTrue(robot.lookup(".inline-success").queryAs(Label.class).getText().contains("Sn " + sn));
    }

    @Test
    void theWizardRegistersAnRsaCaWithAGeneratedVerificationCertificate(FxRobot robot) throws Exception {
        waitForCaTable(robot, 6);
        KeyPair keys = TestKeys.rsa();
        openWizardFromImport(robot, TestKeys.caPem(keys, "Wizard RSA CA", new BigInteger("9a01", 16)));
        assertEquals("Wizard RSA CA", window.registration().nameProperty().get());

        generate(robot, write("rsa.key", TestKeys.traditionalPem(keys)), "");

        assertEquals(window.registration().registerCodeProperty().get(),
            window.registration().verification().verificationProperty().get().subjectCommonName());
        registerAndExpectActive(robot, "009a01");
    }

    @Test
    void theWizardOpensAnEncryptedEcKeyOnlyWithItsPassword(FxRobot robot) throws Exception {
        waitForCaTable(robot, 6);
        KeyPair keys = TestKeys.ec();
        openWizardFromImport(robot, TestKeys.caPem(keys, "Wizard EC CA", BigInteger.valueOf(0x3c01)));
        Path keyFile = write("ec.key", TestKeys.encryptedPkcs8Pem(keys, "open sesame"));

        generate(robot, keyFile, "wrong guess");
        Label keyError = robot.lookup("#keyErrorLabel").queryAs(Label.class);
        assertTrue(keyError.isVisible() && keyError.getText().contains("password does not decrypt"),
            keyError.getText());
        assertTrue(robot.lookup("#registerButton").queryAs(Button.class).isDisabled());

        generate(robot, keyFile, "open sesame");
        assertFalse(keyError.isVisible());
        assertTrue(robot.lookup("#passwordField").queryAs(PasswordField.class).getText().isEmpty(),
            "the password field is cleared after use");
        registerAndExpectActive(robot, "3c01");
    }

    @Test
    void aKeyOfAnotherCaIsRefusedInlineBeforeAnyCall(FxRobot robot) throws Exception {
        waitForCaTable(robot, 6);
        openWizardFromImport(robot, TestKeys.caPem(TestKeys.rsa(), "Wizard Mismatch CA", BigInteger.valueOf(77)));

        generate(robot, write("other.key", TestKeys.pkcs8Pem(TestKeys.rsa())), "");

        Label keyError = robot.lookup("#keyErrorLabel").queryAs(Label.class);
        assertTrue(keyError.isVisible() && keyError.getText().contains("does not belong to the CA"),
            keyError.getText());
        assertTrue(robot.lookup("#registerButton").queryAs(Button.class).isDisabled());
        assertFalse(registerWasCalled());
    }

    @Test
    void anAlreadyRegisteredCaIsRefusedInTheFirstStep(FxRobot robot) throws Exception {
        waitForCaTable(robot, 6);
        robot.interact(() -> window.registration().open(window.certificates().targetProperty().get(), null));
        robot.interact(() -> window.registration().loadCa(data.resolve("missing.pem")));
        waitUntil(() -> !window.registration().caErrorProperty().get().isEmpty());

        Path staging;
        staging = write("staging.pem", seededPem(SandboxSeed.STAGING_EC_SN));
        robot.interact(() -> window.registration().loadCa(staging));
        waitUntil(() -> window.registration().caErrorProperty().get().contains("already registered"));

        assertTrue(window.registration().caErrorProperty().get().contains(SandboxSeed.STAGING_EC_SN));
        assertFalse(registerWasCalled());
        assertTrue(window.imports().rows().stream().noneMatch(ImportRow::isError));
    }
}
