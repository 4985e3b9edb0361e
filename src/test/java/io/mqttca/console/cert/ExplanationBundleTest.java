package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.text.BundlePair;
import io.mqttca.console.text.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The inspector's messages: complete in both languages, said in Chinese, and the English unchanged. */
class ExplanationBundleTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private final CertificateInspector inspector = new CertificateInspector();

    @TempDir
    Path dir;

    @Test
    void everyKeyIsInEnglishAndChineseWithTheSameArguments() {
        BundlePair.assertComplete(Text.CERT);
    }

    @ParameterizedTest
    @EnumSource(DerKind.class)
    void everyDerKindHasWordsInBothLanguages(DerKind kind) {
        BundlePair.of(Text.CERT).assertHas("derKind." + kind.name());
        assertTrue(BundlePair.hasChinese(kind.description().in(CHINESE)), kind.name());
    }

    @Test
    void aPrivateKeyBlockIsExplainedInChineseAndInTheSameEnglishAsBefore() {
        String pem = TestCertificates.certificate().pem()
            + TestCertificates.pemBlock("RSA PRIVATE KEY", TestInputs.traditional(TestCertificates.rsa2048()));
        InspectionResult result = inspector.inspect(pem.getBytes(StandardCharsets.US_ASCII), "mixed.pem");

        InputError error = result.errors().get(0);
        assertEquals(InputErrorCode.PRIVATE_KEY, error.code());
        int line = error.line();
        assertEquals("Block 2 (line " + line + ") is a private key (RSA PRIVATE KEY), not a certificate; it was not "
            + "read. Keep private keys out of the files you inspect and share: choose the certificate file instead.",
            error.message());
        assertEquals(error.message(), error.messageIn(Locale.ROOT));
        assertEquals("第 2 块（第 " + line + " 行）是私钥（RSA PRIVATE KEY），不是证书；未读取其内容。请不要把私钥放进要检查和分享的"
            + "文件中：请改为选择证书文件。", error.messageIn(CHINESE));
    }

    @Test
    void damagedBase64IsExplainedInChineseDownToTheReason() {
        String pem = "-----BEGIN CERTIFICATE-----\nMIIB*AAA\n-----END CERTIFICATE-----\n";
        InputError error = inspector.inspect(pem.getBytes(StandardCharsets.US_ASCII), "bad.pem").errors().get(0);

        assertEquals(InputErrorCode.CORRUPT, error.code());
        assertEquals("Block 1 (line 1) is a damaged CERTIFICATE block: its base64 has a character that is not base64 "
            + "on line 2. Copy the certificate again from its source.", error.message());
        assertEquals("第 1 块（第 1 行）是损坏的 CERTIFICATE 块：其 base64 在第 2 行有一个非 base64 字符。请从来源重新复制证书。",
            error.messageIn(CHINESE));
    }

    @Test
    void wholeFileRefusalsAreSaidInChinese() throws Exception {
        Path empty = Files.write(dir.resolve("empty.pem"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello, this is not a certificate\n");
        for (Path file : List.of(empty, text, dir.resolve("missing.pem"), dir)) {
            InspectionResult result = inspector.inspect(file);
            InputError error = result.errors().get(0);
            String chinese = error.messageIn(CHINESE);
            assertTrue(BundlePair.hasChinese(chinese), file + ": " + chinese);
            assertFalse(chinese.contains("The file"), chinese);
        }
    }

    @Test
    void englishOfWholeFileRefusalsIsAsBefore() throws Exception {
        Path empty = Files.write(dir.resolve("empty.pem"), new byte[0]);

        assertEquals("The file is empty (or holds only whitespace). Choose the file that holds the certificate.",
            inspector.inspect(empty).errors().get(0).message());
        assertEquals("The file cannot be read: it is a directory. Choose a certificate file inside it.",
            inspector.inspect(dir).errors().get(0).message());
    }

    @Test
    void aWrongCaKeyPasswordIsExplainedInChineseAndInTheSameEnglish() throws Exception {
        Path file = dir.resolve("ca.key");
        Files.writeString(file, TestKeys.encryptedPkcs8Pem(TestKeys.rsa(), "correct horse"));

        CaKeyException wrong = assertThrows(CaKeyException.class,
            () -> CaPrivateKeys.read(file, "battery staple".toCharArray()));

        assertEquals("The password does not decrypt the private key. Check the password and try again.",
            wrong.getMessage());
        assertEquals("该密码无法解密私钥。请检查密码后重试。", wrong.messageIn(CHINESE));
    }

    @Test
    void aKeyFileWithoutKeyIsExplainedInChinese() {
        CaKeyException none = assertThrows(CaKeyException.class,
            () -> CaPrivateKeys.read("hello".getBytes(StandardCharsets.US_ASCII), null));

        assertEquals(CaKeyProblem.NOT_A_PRIVATE_KEY, none.problem());
        assertTrue(BundlePair.hasChinese(none.messageIn(CHINESE)), none.messageIn(CHINESE));
        assertEquals(none.getMessage(), none.messageIn(Locale.ROOT));
    }
}
