package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cert.CaKeyProblem;
import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.InputErrorCode;
import io.mqttca.console.cert.TestCertificates;
import io.mqttca.console.cert.TestKeys;
import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.RegistrationProblem.AlreadyRegistered;
import io.mqttca.console.service.RegistrationProblem.NoCertificate;
import io.mqttca.console.service.RegistrationProblem.Unusable;
import io.mqttca.console.service.RegistrationProblem.WrongCommonName;
import io.mqttca.console.service.RegistrationProblem.WrongSigner;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registration checks on the real service layer against an in-process emulator seeded like the Local sandbox. */
class CaRegistrationTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;
    private static final String WORKER = "registration-test-worker";

    @TempDir
    Path dir;

    private Emulator emulator;
    private CloudCertificateService service;
    private ExecutorService worker;
    private CaRegistration registration;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dir.resolve("emulator")));
        service = Connections.open("Local sandbox", Endpoint.of(emulator.baseUrl()),
            Credentials.of(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET, "test"),
            new ChangeJournal(dir.resolve("journal.jsonl")));
        worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, WORKER));
        registration = new CaRegistration(service, INSTANCE, worker, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
        service.close();
        emulator.close();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private CertificateDetails ca(KeyPair keys, String name, long serial) throws Exception {
        return await(registration.readCertificate(write(name + ".pem", TestKeys.caPem(keys, name,
            BigInteger.valueOf(serial))))).value();
    }

    /** A verification certificate with subject {@code cn}, issued in the name of {@code issuerCn} by the keys. */
    private Path verificationFile(String cn, String issuerCn, KeyPair issuerKeys) throws Exception {
        return write("verification.pem", TestCertificates.certificate().subject(cn).keyPair(TestKeys.ec())
            .issuer("CN=" + issuerCn + ",O=Test CA,C=CN", issuerKeys).serial(BigInteger.TWO).pem());
    }

    private boolean registerWasCalled() {
        return emulator.requests().stream().anyMatch(r -> r.action().equals("RegisterCaCertificate"));
    }

    @Test
    void aFileWithoutACertificateIsRefusedWithWhatItHolds() throws Exception {
        Path key = write("ca.key", TestKeys.pkcs8Pem(TestKeys.ec()));

        Checked<CertificateDetails> read = await(registration.readCa(key));

        NoCertificate problem = assertInstanceOf(NoCertificate.class, read.problem());
        assertEquals(key.toString(), problem.source());
        assertEquals(InputErrorCode.PRIVATE_KEY, problem.errors().get(0).code());
    }

    @Test
    void aCertificateThatIsNotACaIsRefused() throws Exception {
        Path leaf = write("leaf.pem", TestCertificates.certificate().serial(BigInteger.valueOf(9)).pem());

        Unusable problem = assertInstanceOf(Unusable.class, await(registration.readCa(leaf)).problem());

        assertEquals(CaKeyProblem.NOT_A_CA, problem.kind());
        assertEquals(BigInteger.valueOf(9), problem.certificate().serialNumber());
    }

    @Test
    void anExpiredCaIsRefused() throws Exception {
        Instant now = Instant.now();
        Path expired = write("expired.pem", TestCertificates.certificate().ca(null)
            .validity(now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(1))).pem());

        Unusable problem = assertInstanceOf(Unusable.class, await(registration.readCa(expired)).problem());

        assertEquals(CaKeyProblem.CA_NOT_VALID, problem.kind());
    }

    @Test
    void aCaWhoseSerialIsRegisteredIsRefusedWithTheRegisteredSn() throws Exception {
        Path staging = write("staging.pem", emulator.store().findCa(INSTANCE, SandboxSeed.STAGING_EC_SN)
            .orElseThrow().caPem());

        AlreadyRegistered problem = assertInstanceOf(AlreadyRegistered.class,
            await(registration.readCa(staging)).problem());

        assertEquals(SandboxSeed.STAGING_EC_SN, problem.registered().sn());
        assertTrue(problem.state().isRegistered());
    }

    @Test
    void aNewValidCaPasses() throws Exception {
        Path ca = write("ca.pem", TestKeys.caPem(TestKeys.ec(), "New CA", BigInteger.valueOf(0x4e4e)));

        Checked<CertificateDetails> checked = await(registration.readCa(ca));

        assertTrue(checked.passed());
        assertEquals("New CA", checked.value().subjectCommonName());
    }

    @Test
    void theCaIsMatchedOnTheGivenExecutorNotOnTheCallersThread() throws Exception {
        ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();
        CaRegistration onHeld = new CaRegistration(service, INSTANCE, held::add, Clock.systemUTC());
        CertificateDetails staging = ca(TestKeys.ec(), "Held CA", 0x4848);

        CompletableFuture<Checked<CertificateDetails>> checked = onHeld.checkCa(staging);
        Thread.sleep(200);
        assertFalse(checked.isDone(), "nothing is checked until the executor runs the work");
        runHeld(held, checked);
        assertTrue(await(checked).passed());
    }

    @Test
    void aGivenVerificationCertificateIsReadAndVerifiedOnTheGivenExecutorNotOnTheCallersThread() throws Exception {
        ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();
        CaRegistration onHeld = new CaRegistration(service, INSTANCE, held::add, Clock.systemUTC());
        KeyPair keys = TestKeys.ec();
        CertificateDetails ca = ca(keys, "Worker CA", 0x5858);
        Path verification = verificationFile("CN=code", "Worker CA", keys);

        CompletableFuture<Checked<CertificateDetails>> checked = onHeld.readVerification(verification, ca, "code");
        assertFalse(checked.isDone(), "nothing is read or verified until the executor runs the work");
        runHeld(held, checked);

        assertTrue(await(checked).passed());
    }

    private static void runHeld(ConcurrentLinkedQueue<Runnable> held, CompletableFuture<?> until)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!until.isDone() && System.nanoTime() < deadline) {
            Runnable next = held.poll();
            if (next == null) {
                Thread.sleep(10);
            } else {
                next.run();
            }
        }
    }

    @Test
    void aKeyOfAnotherCaIsRefusedAndItsPasswordCleared() throws Exception {
        CertificateDetails ca = ca(TestKeys.rsa(), "Mismatch CA", 77);
        Path key = write("other.key", TestKeys.encryptedPkcs8Pem(TestKeys.rsa(), "pw"));
        char[] password = "pw".toCharArray();

        Checked<CertificateDetails> generated = await(registration.generateVerification(ca, key, password, "code"));

        assertEquals(CaKeyProblem.KEY_MISMATCH, assertInstanceOf(Unusable.class, generated.problem()).kind());
        assertArrayEquals(new char[2], password);
    }

    @Test
    void anEncryptedKeyWithoutPasswordIsRefused() throws Exception {
        KeyPair keys = TestKeys.ec();
        CertificateDetails ca = ca(keys, "Encrypted CA", 0x4545);
        Path key = write("ca.key", TestKeys.encryptedPkcs8Pem(keys, "secret"));

        Checked<CertificateDetails> generated = await(registration.generateVerification(ca, key, null, "code"));

        assertEquals(CaKeyProblem.PASSWORD_REQUIRED, assertInstanceOf(Unusable.class, generated.problem()).kind());
    }

    @Test
    void theGeneratedVerificationCertificateCarriesTheRegistrationCode() throws Exception {
        KeyPair keys = TestKeys.rsa();
        CertificateDetails ca = ca(keys, "Generated CA", 0x6767);
        String code = await(registration.registrationCode());

        Checked<CertificateDetails> generated = await(registration.generateVerification(ca,
            write("ca.key", TestKeys.traditionalPem(keys)), null, code));

        assertEquals(code, generated.value().subjectCommonName());
        assertEquals(ca.subject(), generated.value().issuer());
    }

    @Test
    void aGivenVerificationCertificateWithAnotherCnIsRefused() throws Exception {
        KeyPair keys = TestKeys.ec();
        CertificateDetails ca = ca(keys, "Given CA", 0x7777);
        Path verification = verificationFile("CN=not-the-code", "Given CA", keys);

        WrongCommonName problem = assertInstanceOf(WrongCommonName.class,
            await(registration.readVerification(verification, ca, "the-code")).problem());

        assertEquals("not-the-code", problem.found());
        assertEquals("the-code", problem.expected());
    }

    @Test
    void aGivenVerificationCertificateSignedByAnotherKeyIsRefused() throws Exception {
        CertificateDetails ca = ca(TestKeys.ec(), "Given CA", 0x7778);
        Path verification = verificationFile("CN=the-code", "Given CA", TestKeys.ec());

        Checked<CertificateDetails> checked = await(registration.readVerification(verification, ca, "the-code"));

        assertInstanceOf(WrongSigner.class, checked.problem());
    }

    @Test
    void aGivenVerificationCertificateIssuedByTheCaWithTheCodePassesAndRegisters() throws Exception {
        KeyPair keys = TestKeys.ec();
        CertificateDetails ca = ca(keys, "Given CA", 0x7779);
        String code = await(registration.registrationCode());
        Path verification = verificationFile("CN=" + code, "Given CA", keys);
        Checked<CertificateDetails> checked = await(registration.readVerification(verification, ca, code));
        assertTrue(checked.passed());

        ItemResult result = await(registration.register("given", ca, checked.value()));

        assertTrue(result.succeeded(), String.valueOf(result.failure()));
        assertEquals("7779", result.sn());
        assertTrue(emulator.store().findCa(INSTANCE, "7779").orElseThrow().active());
    }

    @Test
    void nothingIsRegisteredByTheChecks() throws Exception {
        Path ca = write("ca.pem", TestKeys.caPem(TestKeys.ec(), "Checked CA", BigInteger.valueOf(0x5858)));
        await(registration.readCa(ca));
        await(registration.registrationCode());

        assertFalse(registerWasCalled());
        assertNotEquals(0, emulator.requests().size());
    }
}
