package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Private keys, in any encoding and anywhere in a file, are refused with {@link InputErrorCode#PRIVATE_KEY},
 * and nothing of their content reaches the result: not the certificates, not the messages, not toString().
 */
class PrivateKeyRefusalTest {

    private final CertificateInspector inspector = new CertificateInspector();

    static Stream<Arguments> pemKeys() {
        return Stream.of(
            key("PRIVATE KEY", () -> TestInputs.pkcs8(TestCertificates.rsa2048())),
            key("RSA PRIVATE KEY", () -> TestInputs.traditional(TestCertificates.rsa2048())),
            key("EC PRIVATE KEY", () -> TestInputs.traditional(TestCertificates.ecP256())),
            key("ENCRYPTED PRIVATE KEY", () -> TestInputs.encryptedPkcs8(TestCertificates.ecP384())),
            key("DSA PRIVATE KEY", () -> TestInputs.traditionalDsa(TestCertificates.dsa2048())),
            key("OPENSSH PRIVATE KEY", () -> TestInputs.randomBytes(400, 7)),
            key("ANY PRIVATE KEY", () -> TestInputs.pkcs8(TestCertificates.ed25519())));
    }

    static Stream<Arguments> derKeys() {
        return Stream.of(
            key("PKCS#8 RSA", () -> TestInputs.pkcs8(TestCertificates.rsa2048())),
            key("PKCS#8 EC", () -> TestInputs.pkcs8(TestCertificates.ecP256())),
            key("PKCS#8 Ed25519", () -> TestInputs.pkcs8(TestCertificates.ed25519())),
            key("PKCS#8 DSA", () -> TestInputs.pkcs8(TestCertificates.dsa2048())),
            key("encrypted PKCS#8", () -> TestInputs.encryptedPkcs8(TestCertificates.rsa2048())),
            key("PKCS#1 RSA", () -> TestInputs.traditional(TestCertificates.rsa2048())),
            key("SEC1 EC", () -> TestInputs.traditional(TestCertificates.ecP384())),
            key("traditional DSA", () -> TestInputs.traditionalDsa(TestCertificates.dsa2048())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pemKeys")
    void refusesAPemPrivateKeyBlockWithoutEchoingIt(String type, Supplier<byte[]> keyDer) {
        byte[] key = keyDer.get();
        InspectionResult result = inspect(TestCertificates.pemBlock(type, key));
        assertEquals(List.of(), result.certificates());
        assertEquals(1, result.errors().size());
        InputError error = result.errors().get(0);
        assertEquals(InputErrorCode.PRIVATE_KEY, error.code());
        assertTrue(error.message().startsWith("Block 1 (line 1) is a private key (" + type + ")"), error.message());
        TestInputs.assertNoKeyMaterial(key, result.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("derKeys")
    void refusesADerPrivateKeyWithoutEchoingIt(String kind, Supplier<byte[]> keyDer) {
        byte[] key = keyDer.get();
        InspectionResult result = inspector.inspect(key, "device.key");
        assertEquals(List.of(), result.certificates());
        assertEquals(1, result.errors().size());
        assertEquals(InputErrorCode.PRIVATE_KEY, result.errors().get(0).code());
        assertTrue(result.errors().get(0).message().startsWith("The file is a private key"));
        TestInputs.assertNoKeyMaterial(key, result.toString());
    }

    @Test
    void refusesTheLegacyEncryptedPemFormWithHeaders() {
        byte[] key = TestInputs.randomBytes(1200, 11);
        String block = TestCertificates.pemBlock("RSA PRIVATE KEY", key).replace("KEY-----\n",
            "KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,0123456789ABCDEF0123456789ABCDEF\n\n");
        InspectionResult result = inspect(block);
        assertEquals(InputErrorCode.PRIVATE_KEY, result.errors().get(0).code());
        TestInputs.assertNoKeyMaterial(key, result.toString());
    }

    @Test
    void returnsTheCertificatesAroundAPrivateKeyInABundleAndReportsTheKeyBlock() {
        byte[] key = TestInputs.pkcs8(TestCertificates.rsa2048());
        String first = TestCertificates.certificate().subject("CN=first").pem();
        String keyBlock = TestCertificates.pemBlock("PRIVATE KEY", key);
        String last = TestCertificates.certificate().subject("CN=last").pem();
        InspectionResult result = inspect(first + keyBlock + last);
        assertEquals(List.of("CN=first", "CN=last"),
            result.certificates().stream().map(CertificateDetails::subject).toList());
        assertEquals(List.of(0, 2), result.certificates().stream().map(CertificateDetails::index).toList());
        InputError error = result.errors().get(0);
        assertEquals(InputErrorCode.PRIVATE_KEY, error.code());
        assertEquals(1, error.index());
        assertEquals(first.split("\n").length + 1, error.line());
        for (CertificateDetails details : result.certificates()) {
            assertFalse(details.pem().contains("PRIVATE KEY"));
        }
        TestInputs.assertNoKeyMaterial(key, result.toString());
    }

    @Test
    void refusesAPrivateKeyUnderACertificateLabel() {
        byte[] key = TestInputs.pkcs8(TestCertificates.ecP256());
        InspectionResult result = inspect(TestCertificates.pemBlock("CERTIFICATE", key));
        assertEquals(InputErrorCode.PRIVATE_KEY, result.errors().get(0).code());
        assertTrue(result.errors().get(0).message().contains("under a CERTIFICATE label"));
        TestInputs.assertNoKeyMaterial(key, result.toString());
    }

    @Test
    void refusesAPuttyKeyFile() {
        String putty = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\n"
            + "AAAAIBg0Zc8Jm7D3kX7tQvYpN5bYqQmGzqJk6C6kqzJYd9xH\n";
        InspectionResult result = inspect(putty);
        assertEquals(InputErrorCode.PRIVATE_KEY, result.errors().get(0).code());
        assertFalse(result.toString().contains("AAAAIBg0Zc8Jm7D3kX7tQvYpN5bYqQmGzqJk6C6kqzJYd9xH"));
    }

    @Test
    void theKeyMaterialCheckCatchesAnEchoedKey() {
        byte[] key = TestInputs.randomBytes(300, 3);
        String echoed = "message with " + Base64.getEncoder().encodeToString(key).substring(40, 80);
        assertThrows(AssertionError.class,
            () -> TestInputs.assertNoKeyMaterial(key, echoed));
    }

    private InspectionResult inspect(String text) {
        return inspector.inspect(text.getBytes(StandardCharsets.UTF_8), "keys.pem");
    }

    private static Arguments key(String name, Supplier<byte[]> der) {
        return Arguments.of(name, der);
    }
}
