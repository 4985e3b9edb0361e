package io.mqttca.console.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqttca.console.cert.TestCertificates;
import io.mqttca.console.cert.TestKeys;
import io.mqttca.console.emulator.CaCertificateRecord;
import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import io.mqttca.console.service.DataDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ca match} and {@code ca register} against an in-process emulator seeded like the Local sandbox. */
class CaMatchRegisterCommandTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;
    private static final Instant NOW = Instant.now();

    @TempDir
    Path dir;

    private Emulator emulator;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> environment = new HashMap<>(Map.of(
        "ALIBABA_CLOUD_ACCESS_KEY_ID", SandboxSeed.DEMO_KEY_ID,
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SandboxSeed.DEMO_KEY_SECRET));

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dir.resolve("emulator")));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private int run(String... args) {
        CliContext context = new CliContext(environment, dir, Clock.fixed(NOW, ZoneOffset.UTC));
        DefaultServiceConnector connector = new DefaultServiceConnector(new DataDirectory(dir.resolve("data")));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--instance", INSTANCE, "--endpoint", emulator.baseUrl()));
        return ConsoleCommand.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
            connector, context);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String seededPem(String sn) {
        return emulator.store().findCa(INSTANCE, sn).orElseThrow().caPem();
    }

    private boolean registerWasCalled() {
        return emulator.requests().stream().anyMatch(r -> r.action().equals("RegisterCaCertificate"));
    }

    @Test
    void matchJsonGivesTheStateOfEveryCertificateAndAnErrorForAKey() throws Exception {
        KeyPair keys = TestKeys.ec();
        Path bundle = write("bundle.pem", seededPem(SandboxSeed.PROD_ROOT_RSA_SN)
            + seededPem(SandboxSeed.LEGACY_INACTIVE_SN)
            + TestKeys.caPem(keys, "New CA", BigInteger.valueOf(4242))
            + TestCertificates.certificate().serial(BigInteger.valueOf(9)).pem()
            + TestCertificates.certificate().serial(BigInteger.valueOf(10)).ca(null)
                .validity(NOW.minus(Duration.ofDays(90)), NOW.minus(Duration.ofDays(1))).pem());
        Path key = write("ca.key", TestKeys.pkcs8Pem(keys));

        int exit = run("ca", "match", bundle.toString(), key.toString(), "--json");

        assertEquals(CaMatchCommand.EXIT_INPUT_ERROR, exit, err.toString());
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertEquals(6, array.size(), out.toString());
        assertEquals("REGISTERED_ACTIVE", array.get(0).get("match").asText());
        assertEquals(SandboxSeed.PROD_ROOT_RSA_SN, array.get(0).get("sn").asText());
        assertTrue(array.get(0).get("sameCertificate").asBoolean());
        assertEquals("F26900BA87A1C3D5", array.get(0).get("serialHex").asText());
        assertEquals("Sandbox Production Root RSA", array.get(0).get("subjectCommonName").asText());
        assertEquals("REGISTERED_INACTIVE", array.get(1).get("match").asText());
        assertEquals("NOT_REGISTERED", array.get(2).get("match").asText());
        assertFalse(array.get(2).has("sn"));
        assertEquals("NOT_A_CA", array.get(3).get("match").asText());
        assertEquals("EXPIRED", array.get(4).get("match").asText());
        assertEquals("PRIVATE_KEY", array.get(5).get("error").asText());
        assertTrue(err.toString().contains("ca.key"), err.toString());
    }

    @Test
    void matchFlagsAReissuedCertificateWithARegisteredSerial() throws Exception {
        Path reissued = write("reissued.pem", TestCertificates.certificate().subject("CN=Reissued")
            .serial(new BigInteger(SandboxSeed.PROD_ROOT_RSA_SN, 16)).ca(null).pem());

        assertEquals(0, run("ca", "match", reissued.toString()), err.toString());

        assertTrue(out.toString().contains("REGISTERED_ACTIVE (different certificate, same serial)"), out.toString());
    }

    @Test
    void registerWithAGeneratedVerificationCertificatePrintsTheSnAndRequestId() throws Exception {
        KeyPair keys = TestKeys.rsa();
        Path ca = write("ca.pem", TestKeys.caPem(keys, "CLI RSA CA", new BigInteger("8a0001", 16)));
        Path key = write("ca.key", TestKeys.traditionalPem(keys));

        int exit = run("ca", "register", "--name", "cli-rsa", "--ca", ca.toString(), "--ca-key", key.toString());

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("Sn:        008a0001"), out.toString());
        assertTrue(out.toString().matches("(?s).*RequestId: \\S+.*"), out.toString());
        CaCertificateRecord registered = emulator.store().findCa(INSTANCE, "008a0001").orElseThrow();
        assertTrue(registered.active());
        assertEquals("cli-rsa", registered.name());
    }

    @Test
    void registerReadsAnEncryptedKeysPasswordFromTheNamedVariable() throws Exception {
        KeyPair keys = TestKeys.ec();
        Path ca = write("ca.pem", TestKeys.caPem(keys, "CLI EC CA", BigInteger.valueOf(0x5151)));
        Path key = write("ca.key", TestKeys.encryptedPkcs8Pem(keys, "s3cret pass"));
        environment.put("CA_KEY_PASSWORD", "s3cret pass");

        int exit = run("ca", "register", "--name", "cli-ec", "--ca", ca.toString(), "--ca-key", key.toString(),
            "--ca-key-password-env", "CA_KEY_PASSWORD", "--json");

        assertEquals(0, exit, err.toString());
        assertEquals("5151", new ObjectMapper().readTree(out.toString()).get("sn").asText(),
            "with --json stdout is the JSON object alone");
        assertTrue(err.toString().contains("Generated a verification certificate"), err.toString());
        assertFalse(out.toString().contains("s3cret") || err.toString().contains("s3cret"));
    }

    @Test
    void aKeyOfAnotherCaIsRefusedBeforeAnyRegistrationCall() throws Exception {
        Path ca = write("ca.pem", TestKeys.caPem(TestKeys.rsa(), "Mismatch CA", BigInteger.valueOf(77)));
        Path key = write("other.key", TestKeys.pkcs8Pem(TestKeys.rsa()));

        int exit = run("ca", "register", "--name", "x", "--ca", ca.toString(), "--ca-key", key.toString());

        assertEquals(CaMatchCommand.EXIT_INPUT_ERROR, exit);
        assertTrue(err.toString().contains("does not belong to the CA"), err.toString());
        assertFalse(registerWasCalled());
    }

    @Test
    void anAlreadyRegisteredSerialIsRefusedBeforeAnyRegistrationCall() throws Exception {
        Path ca = write("ca.pem", seededPem(SandboxSeed.STAGING_EC_SN));
        Path key = write("any.key", TestKeys.pkcs8Pem(TestKeys.ec()));

        int exit = run("ca", "register", "--name", "again", "--ca", ca.toString(), "--ca-key", key.toString());

        assertEquals(CaMatchCommand.EXIT_INPUT_ERROR, exit);
        assertTrue(err.toString().contains("already registered"), err.toString());
        assertFalse(registerWasCalled());
    }

    /** A verification certificate with subject {@code cn}, issued in the name of "Given CA" by {@code issuer}. */
    private Path verificationFile(String cn, KeyPair issuer) throws Exception {
        return write("verification.pem", TestCertificates.certificate().subject(cn).keyPair(TestKeys.ec())
            .issuer("CN=Given CA,O=Test CA,C=CN", issuer).serial(BigInteger.TWO).pem());
    }

    private String registrationCode() {
        return emulator.store().findInstance(INSTANCE).orElseThrow().registerCode();
    }

    /** Registers "Given CA" with the given serial and a verification certificate with {@code cn}. */
    private int registerGiven(long serial, String cn, boolean signedByTheCa, String... more) throws Exception {
        KeyPair keys = TestKeys.ec();
        Path ca = write("ca.pem", TestKeys.caPem(keys, "Given CA", BigInteger.valueOf(serial)));
        Path verification = verificationFile(cn, signedByTheCa ? keys : TestKeys.ec());
        List<String> args = new ArrayList<>(List.of("ca", "register", "--name", "given", "--ca", ca.toString(),
            "--verification", verification.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void aGivenVerificationCertificateWithAWrongCnIsRefusedBeforeAnyRegistrationCall() throws Exception {
        int exit = registerGiven(0x7777, "CN=not-the-code", true);

        assertEquals(CaMatchCommand.EXIT_INPUT_ERROR, exit, err.toString());
        assertTrue(err.toString().contains("CN is \"not-the-code\", not the registration code of " + INSTANCE
            + " (" + registrationCode() + ")") && err.toString().contains("what to do:"), err.toString());
        assertFalse(registerWasCalled());
    }

    @Test
    void aGivenVerificationCertificateNotSignedByTheCaIsRefusedBeforeAnyRegistrationCall() throws Exception {
        int exit = registerGiven(0x7778, "CN=" + registrationCode(), false);

        assertEquals(CaMatchCommand.EXIT_INPUT_ERROR, exit, err.toString());
        assertTrue(err.toString().contains("is not signed by the CA certificate's key"), err.toString());
        assertFalse(registerWasCalled());
    }

    @Test
    void aGivenVerificationCertificateWithTheCodeAndTheCasSignatureIsRegistered() throws Exception {
        int exit = registerGiven(0x7779, "CN=" + registrationCode(), true);

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("Sn:        7779"), out.toString());
    }

    @Test
    void aLocalRefusalWithJsonIsOneErrorObjectOnStdoutAndTheTextOnStderr() throws Exception {
        Path ca = write("ca.pem", seededPem(SandboxSeed.STAGING_EC_SN));
        Path key = write("any.key", TestKeys.pkcs8Pem(TestKeys.ec()));

        int exit = run("ca", "register", "--name", "again", "--ca", ca.toString(), "--ca-key", key.toString(),
            "--json");

        assertEquals(CaMatchCommand.EXIT_INPUT_ERROR, exit);
        JsonNode error = new ObjectMapper().readTree(out.toString()).get("error");
        assertEquals("ALREADY_REGISTERED", error.get("code").asText());
        assertTrue(error.get("explanation").asText().contains("already registered"), error.toString());
        assertTrue(error.get("requestId").isNull() && error.has("message") && error.has("action"), error.toString());
        assertTrue(err.toString().startsWith("error: the serial "), err.toString());
        assertFalse(registerWasCalled());
    }

    @Test
    void aWrongCnWithJsonCarriesWhatToDoAsTheAction() throws Exception {
        int exit = registerGiven(0x777a, "CN=not-the-code", true, "--json");

        assertEquals(CaMatchCommand.EXIT_INPUT_ERROR, exit, err.toString());
        JsonNode error = new ObjectMapper().readTree(out.toString()).get("error");
        assertEquals("WRONG_COMMON_NAME", error.get("code").asText());
        assertTrue(error.get("action").asText().startsWith("issue it with CN=" + registrationCode()), error.toString());
        assertTrue(err.toString().contains("  what to do: issue it with CN="), err.toString());
    }
}
