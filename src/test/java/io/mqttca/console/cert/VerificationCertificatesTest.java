package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerificationCertificatesTest {

    private static final KeyPair RSA = TestKeys.rsa();
    private static final KeyPair EC = TestKeys.ec();
    private static final String CODE = "3f6e2b1a-0c9d-4e8f-a1b2-c3d4e5f60718";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dir;

    private static CertificateDetails read(String pem) {
        return new CertificateInspector().inspect(pem.getBytes(StandardCharsets.UTF_8), "ca.pem").certificates()
            .get(0);
    }

    static Stream<Arguments> keyForms() {
        Function<KeyPair, String> traditional = TestKeys::traditionalPem;
        Function<KeyPair, String> pkcs8 = TestKeys::pkcs8Pem;
        return Stream.of(
            Arguments.of("PKCS#1 RSA", RSA, traditional, "-----BEGIN RSA PRIVATE KEY-----"),
            Arguments.of("SEC1 EC", EC, traditional, "-----BEGIN EC PRIVATE KEY-----"),
            Arguments.of("PKCS#8 RSA", RSA, pkcs8, "-----BEGIN PRIVATE KEY-----"),
            Arguments.of("PKCS#8 EC", EC, pkcs8, "-----BEGIN PRIVATE KEY-----"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyForms")
    void everyUnencryptedKeyFormSignsAVerificationCertificateThatChainsToTheCa(String form, KeyPair keys,
            Function<KeyPair, String> writer, String header) throws Exception {
        String keyPem = writer.apply(keys);
        assertTrue(keyPem.startsWith(header), keyPem.substring(0, 40));
        CertificateDetails ca = read(TestKeys.caPem(keys, "Key form CA", BigInteger.valueOf(77)));

        PrivateKey key = CaPrivateKeys.read(keyPem.getBytes(StandardCharsets.US_ASCII), null);
        CertificateDetails verification = VerificationCertificates.generate(ca, key, CODE, NOW);

        assertEquals(CODE, verification.subjectCommonName());
        assertEquals(ca.subject(), verification.issuer());
        assertFalse(verification.ca());
        assertTrue(VerificationCertificates.chainsTo(verification, ca));
        assertEquals(VerificationCertificates.VALIDITY,
            Duration.between(NOW, verification.notAfter()));
    }

    @Test
    void anEncryptedPkcs8KeyOpensWithTheRightPasswordAndTheArrayIsCleared() throws Exception {
        Path file = dir.resolve("ca.key");
        Files.writeString(file, TestKeys.encryptedPkcs8Pem(EC, "correct horse"));
        char[] password = "correct horse".toCharArray();

        PrivateKey key = CaPrivateKeys.read(file, password);

        assertArrayEquals(new char[password.length], password, "the password is cleared after use");
        CertificateDetails ca = read(TestKeys.caPem(EC, "Encrypted key CA", BigInteger.TWO));
        assertTrue(VerificationCertificates.chainsTo(VerificationCertificates.generate(ca, key, CODE, NOW), ca));
    }

    @Test
    void anEncryptedKeyWithAWrongPasswordIsRefusedWithoutEchoingIt() throws Exception {
        Path file = dir.resolve("ca.key");
        Files.writeString(file, TestKeys.encryptedPkcs8Pem(RSA, "correct horse"));

        CaKeyException wrong = assertThrows(CaKeyException.class,
            () -> CaPrivateKeys.read(file, "battery staple".toCharArray()));

        assertEquals(CaKeyProblem.WRONG_PASSWORD, wrong.problem());
        assertFalse(wrong.getMessage().contains("battery"));
    }

    @Test
    void anEncryptedKeyWithoutAPasswordAsksForOne() throws Exception {
        byte[] pem = TestKeys.encryptedPkcs8Pem(RSA, "pw").getBytes(StandardCharsets.US_ASCII);
        assertTrue(CaPrivateKeys.isEncrypted(pem));

        CaKeyException missing = assertThrows(CaKeyException.class, () -> CaPrivateKeys.read(pem, null));

        assertEquals(CaKeyProblem.PASSWORD_REQUIRED, missing.problem());
    }

    @Test
    void aKeyOfAnotherCaIsRefusedAsMismatched() throws Exception {
        CertificateDetails ca = read(TestKeys.caPem(RSA, "Mismatch CA", BigInteger.TEN));
        PrivateKey otherRsa = TestKeys.rsa().getPrivate();

        CaKeyException rsaMismatch = assertThrows(CaKeyException.class,
            () -> VerificationCertificates.generate(ca, otherRsa, CODE, NOW));
        CaKeyException ecMismatch = assertThrows(CaKeyException.class,
            () -> VerificationCertificates.generate(ca, EC.getPrivate(), CODE, NOW));

        assertEquals(CaKeyProblem.KEY_MISMATCH, rsaMismatch.problem());
        assertEquals(CaKeyProblem.KEY_MISMATCH, ecMismatch.problem());
    }

    @Test
    void aCertificateFileIsNotAPrivateKey() {
        byte[] pem = TestKeys.caPem(RSA, "Not a key", BigInteger.ONE).getBytes(StandardCharsets.US_ASCII);

        CaKeyException error = assertThrows(CaKeyException.class, () -> CaPrivateKeys.read(pem, null));

        assertEquals(CaKeyProblem.NOT_A_PRIVATE_KEY, error.problem());
    }

    @Test
    void aLeafOrAnExpiredCaIsRefusedBeforeAnySigning() {
        CertificateDetails leaf = read(TestCertificates.certificate().keyPair(RSA).pem());
        CertificateDetails expired = read(TestCertificates.certificate().keyPair(RSA).ca(null)
            .validity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1))).pem());

        assertEquals(CaKeyProblem.NOT_A_CA, assertThrows(CaKeyException.class,
            () -> VerificationCertificates.generate(leaf, RSA.getPrivate(), CODE, NOW)).problem());
        assertEquals(CaKeyProblem.CA_NOT_VALID, assertThrows(CaKeyException.class,
            () -> VerificationCertificates.generate(expired, RSA.getPrivate(), CODE, NOW)).problem());
    }

    @Test
    void aCertificateSignedByAnotherKeyDoesNotChain() throws Exception {
        CertificateDetails ca = read(TestKeys.caPem(RSA, "Chain CA", BigInteger.valueOf(5)));
        CertificateDetails otherCa = read(TestKeys.caPem(EC, "Chain CA", BigInteger.valueOf(6)));
        CertificateDetails verification = VerificationCertificates.generate(otherCa, EC.getPrivate(), CODE, NOW);

        assertFalse(VerificationCertificates.chainsTo(verification, ca));
    }
}
