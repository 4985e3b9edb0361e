package io.mqttca.console.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    @Test
    void englishIsTheBaseBundleWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(CHINESE);
            assertEquals("The file", Text.of(Text.CERT, "what.file").in(Locale.ROOT));
            assertEquals("The file", Text.of(Text.CERT, "what.file").english());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void chineseIsReadAsUtf8() {
        assertEquals("该文件", Text.of(Text.CERT, "what.file").in(CHINESE));
    }

    @Test
    void aLanguageWithoutBundleGetsEnglish() {
        assertEquals("The file", Text.of(Text.CERT, "what.file").in(Locale.FRENCH));
    }

    @Test
    void nestedTextsAreSaidInTheSameLanguage() {
        Text block = Text.of(Text.CERT, "what.block", "3", "65");
        Text refusal = Text.of(Text.CERT, "refusal.privateKey", block, "RSA PRIVATE KEY");

        assertTrue(refusal.english().startsWith("Block 3 (line 65) is a private key (RSA PRIVATE KEY), not a "
            + "certificate"), refusal.english());
        assertTrue(refusal.in(CHINESE).startsWith("第 3 块（第 65 行）是私钥（RSA PRIVATE KEY）"), refusal.in(CHINESE));
    }

    @Test
    void apostrophesAndArgumentsWithBracesSurviveFormatting() {
        Text text = Text.of(Text.CERT, "der.trailingBytes", "12");
        assertEquals("12 bytes follow the certificate's DER", text.english());
        assertEquals("x {0} 'y'", Text.of(Text.CERT, "refusal.unreadable", "x {0} 'y'", Text.plain("z")).english()
            .replace("The file cannot be read: ", "").replace(". z", ""));
    }

    @Test
    void aPlainTextIsTheSameInEveryLanguage() {
        assertEquals("Instance not found.", Text.plain("Instance not found.").in(CHINESE));
        assertEquals("", Text.plain(null).english());
    }

    @Test
    void textsWithTheSameKeyAndArgumentsAreEqual() {
        assertEquals(Text.of(Text.CLOUD, "kind.TLS.explanation", "a", "b"),
            Text.of(Text.CLOUD, "kind.TLS.explanation", "a", "b"));
    }
}
