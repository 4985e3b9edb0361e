package io.mqttca.console.ui.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.TestCertificates;
import io.mqttca.console.cert.TestKeys;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.Listing;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.UiContext;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Register wizard's view model on the in-memory service (answers at once) or on a service whose answers the
 * test releases, with same-thread executors or a background executor whose tasks the test runs.
 */
class RegisterWizardViewModelTest {

    private static final String INSTANCE = InMemoryCertificateService.INSTANCE_ID;
    private static final String CODE = "reg-code-" + INSTANCE;

    @TempDir
    Path dir;

    private final List<Runnable> background = new ArrayList<>();

    private static InstanceTarget target(CertificateService service) {
        return new InstanceTarget(service, MqttInstance.byId(INSTANCE));
    }

    private static RegisterWizardViewModel sameThread() {
        return new RegisterWizardViewModel(TestContexts.context(new RecordingDialogService(),
            new RecordingClipboard()));
    }

    /** A wizard whose background work waits in {@link #background} until the test runs it. */
    private RegisterWizardViewModel heldBackground() {
        return new RegisterWizardViewModel(new UiContext(Messages.bundle(Locale.ENGLISH), Runnable::run,
            background::add, new RecordingDialogService(), new RecordingClipboard(), new StatusModel(),
            TestContexts.CLOCK));
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.remove(0).run();
        }
    }

    private static CertificateDetails read(String pem) {
        return new CertificateInspector().inspect(pem.getBytes(StandardCharsets.US_ASCII), "test.pem")
            .certificates().get(0);
    }

    /** A CA valid at the tests' fixed clock. */
    private static String caPem(KeyPair keys, String commonName, BigInteger serial) {
        return TestCertificates.certificate().subject("CN=" + commonName + ",O=Test CA,C=CN").keyPair(keys)
            .serial(serial).ca(null).validity(TestContexts.NOW.minus(Duration.ofDays(1)),
                TestContexts.NOW.plus(Duration.ofDays(3650))).pem();
    }

    /** Opens the wizard on the in-memory sample with a new CA of {@code keys} already chosen. */
    private static void openOnSample(RegisterWizardViewModel viewModel, KeyPair keys, String commonName,
                                     long serial) {
        viewModel.open(target(InMemoryCertificateService.sample(TestContexts.CLOCK)),
            read(caPem(keys, commonName, BigInteger.valueOf(serial))));
    }

    /** A wizard on the sample with a new EC CA chosen and its key file, encrypted with the password "pw". */
    private RegisterWizardViewModel withEncryptedKey(String commonName, long serial) throws Exception {
        KeyPair keys = TestKeys.ec();
        RegisterWizardViewModel viewModel = sameThread();
        openOnSample(viewModel, keys, commonName, serial);
        viewModel.verification().setKeyFile(write("ca.key", TestKeys.encryptedPkcs8Pem(keys, "pw")));
        return viewModel;
    }

    /** A verification certificate with subject {@code cn}, issued in the name of "Given CA" by {@code issuer}. */
    private Path verificationFile(String cn, KeyPair issuer) throws Exception {
        return write("verification.pem", TestCertificates.certificate().subject(cn).keyPair(TestKeys.ec())
            .issuer("CN=Given CA,O=Test CA,C=CN", issuer).serial(BigInteger.TWO).pem());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theNameFollowsTheChosenCaUntilTheOperatorTypesOne() throws Exception {
        RegisterWizardViewModel viewModel = sameThread();
        openOnSample(viewModel, TestKeys.ec(), "First CA", 0x4101);
        assertEquals("First CA", viewModel.nameProperty().get());

        viewModel.loadCa(write("second.pem", caPem(TestKeys.ec(), "Second CA", BigInteger.valueOf(0x4102))));
        assertEquals("Second CA", viewModel.nameProperty().get(), "a suggested name follows the new choice");

        viewModel.nameProperty().set("prod devices");
        viewModel.loadCa(write("third.pem", caPem(TestKeys.ec(), "Third CA", BigInteger.valueOf(0x4103))));
        assertEquals("prod devices", viewModel.nameProperty().get(), "a typed name is the operator's and stays");
    }

    @Test
    void aCodeFromAnEarlierOpeningDoesNotReachTheNextOne() {
        PendingCertificateService service = new PendingCertificateService();
        RegisterWizardViewModel viewModel = sameThread();
        viewModel.open(target(service), null);
        viewModel.open(target(service), null);

        service.codes.get(0).complete("first-opening-code");

        assertEquals("", viewModel.registerCodeProperty().get());
        service.codes.get(1).complete("second-opening-code");
        assertEquals("second-opening-code", viewModel.registerCodeProperty().get());
    }

    @Test
    void aListFromAnEarlierOpeningDoesNotBringBackItsCa() {
        PendingCertificateService service = new PendingCertificateService();
        RegisterWizardViewModel viewModel = sameThread();
        viewModel.open(target(service), read(caPem(TestKeys.ec(), "First CA", BigInteger.TEN)));
        viewModel.open(target(service), null);

        service.lists.get(0).complete(Listing.of(List.of()));

        assertNull(viewModel.caProperty().get());
        assertEquals("", viewModel.nameProperty().get());
    }

    @Test
    void finishingOneTaskLeavesTheWizardBusyWhileAnotherRuns() {
        PendingCertificateService service = new PendingCertificateService();
        RegisterWizardViewModel viewModel = sameThread();
        viewModel.open(target(service), null);

        service.lists.get(0).complete(Listing.of(List.of()));

        assertTrue(viewModel.busyProperty().get(), "the registration code is still on its way");
        service.codes.get(0).complete("code");
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void theRegisteredCasAreMatchedInTheBackground() {
        InMemoryCertificateService service = InMemoryCertificateService.sample(TestContexts.CLOCK);
        CertificateDetails registered = read(service.certificate(INSTANCE, "00f26900ba87aa01").pem());
        RegisterWizardViewModel viewModel = heldBackground();

        viewModel.open(target(service), registered);

        assertEquals("", viewModel.caErrorProperty().get(), "nothing is matched before the background runs");
        assertFalse(background.isEmpty());
        runBackground();
        assertEquals("This serial is already registered on the instance (Sn 00f26900ba87aa01).",
            viewModel.caErrorProperty().get());
    }

    @Test
    void aGivenVerificationCertificateIsCheckedInTheBackground() throws Exception {
        KeyPair keys = TestKeys.ec();
        RegisterWizardViewModel viewModel = heldBackground();
        openOnSample(viewModel, keys, "Given CA", 0x7777);
        runBackground();
        Path file = verificationFile("CN=" + CODE, TestKeys.ec());
        viewModel.verification().sourceProperty().set(VerificationStepViewModel.Source.FILE);

        viewModel.verification().loadVerification(file);

        assertEquals("", viewModel.verification().verificationErrorProperty().get());
        runBackground();
        assertEquals("It is not signed by this CA certificate's key.",
            viewModel.verification().verificationErrorProperty().get());
    }

    @Test
    void aGivenVerificationCertificateWithAnotherCnIsRefusedInline() throws Exception {
        KeyPair keys = TestKeys.ec();
        RegisterWizardViewModel viewModel = sameThread();
        openOnSample(viewModel, keys, "Given CA", 0x7777);
        Path file = verificationFile("CN=not-the-code", keys);

        viewModel.verification().loadVerification(file);

        assertEquals("Its CN is \u201cnot-the-code\u201d, not the registration code " + CODE + ".",
            viewModel.verification().verificationErrorProperty().get());
        assertFalse(viewModel.canRegisterProperty().get());
    }

    @Test
    void aGeneratedVerificationCertificateMakesTheWizardReadyAndClearsThePassword() throws Exception {
        RegisterWizardViewModel viewModel = withEncryptedKey("Generated CA", 0x6161);
        char[] password = "pw".toCharArray();

        viewModel.verification().generate(password);

        assertEquals(CODE, viewModel.verification().verificationProperty().get().subjectCommonName());
        assertEquals("Generated CA", viewModel.nameProperty().get());
        assertTrue(viewModel.canRegisterProperty().get());
        assertArrayEquals(new char[2], password);
    }

    @Test
    void aWrongPasswordIsShownAtTheKey() throws Exception {
        RegisterWizardViewModel viewModel = withEncryptedKey("Encrypted CA", 0x6262);

        viewModel.verification().generate("guess".toCharArray());

        assertEquals("The password does not decrypt the private key.",
            viewModel.verification().keyErrorProperty().get());
        assertNull(viewModel.verification().verificationProperty().get());
    }
}
