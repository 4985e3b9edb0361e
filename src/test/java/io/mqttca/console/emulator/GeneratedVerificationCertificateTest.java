package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.ApiAssertions.assertError;
import static io.mqttca.console.emulator.ApiAssertions.assertSuccess;
import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.TestKeys;
import io.mqttca.console.cert.VerificationCertificates;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RegisterCaCertificate with verification certificates made by the console's own generator. */
class GeneratedVerificationCertificateTest {

    private static final KeyPair CA_KEYS = TestKeys.ec();
    private static final BigInteger SERIAL = BigInteger.valueOf(0x6e6e01);

    @TempDir
    Path dataDirectory;

    private Emulator emulator;
    private SignedClient client;
    private CertificateDetails ca;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.defaults(dataDirectory));
        client = SignedClient.demo(emulator);
        ca = new CertificateInspector().inspect(TestKeys.caPem(CA_KEYS, "Generated CA", SERIAL)
            .getBytes(StandardCharsets.UTF_8), "ca.pem").certificates().get(0);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String registerCode() {
        return client.get("GetRegisterCode").instance(PLATINUM_INSTANCE_ID).send().body().path("RegisterCode").asText();
    }

    private SignedClient.Response register(String verificationPem) {
        return client.post("RegisterCaCertificate").instance(PLATINUM_INSTANCE_ID).param("CaName", "generated")
            .param("CaContent", ca.pem()).param("VerificationContent", verificationPem).send();
    }

    @Test
    void aGeneratedVerificationCertificateIsAccepted() throws Exception {
        String pem = VerificationCertificates.generate(ca, CA_KEYS.getPrivate(), registerCode(), Instant.now()).pem();

        SignedClient.Response response = register(pem);

        assertSuccess(response);
        assertEquals("6e6e01", response.body().path("Sn").asText());
    }

    @Test
    void aGeneratedCertificateWithAnotherCodeIsRefused() throws Exception {
        String pem = VerificationCertificates.generate(ca, CA_KEYS.getPrivate(), "not-" + registerCode(),
            Instant.now()).pem();

        assertError(register(pem), ApiErrors.SERVER_ERROR, "RegisterCodeError");
    }

    @Test
    void aCertificateSignedByAnotherCaIsRefused() throws Exception {
        KeyPair otherKeys = TestKeys.ec();
        CertificateDetails impostor = new CertificateInspector().inspect(TestKeys.caPem(otherKeys, "Generated CA",
            SERIAL).getBytes(StandardCharsets.UTF_8), "other.pem").certificates().get(0);
        String pem = VerificationCertificates.generate(impostor, otherKeys.getPrivate(), registerCode(),
            Instant.now()).pem();

        assertError(register(pem), ApiErrors.SERVER_ERROR, "RegisterCodeError");
    }
}
