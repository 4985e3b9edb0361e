package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string key used in FXML or code exists in both languages, and both languages hold the same keys. */
class BundleKeysTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern CODE_KEY =
        Pattern.compile("(?:getString|text|format)\\(\"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]+)\"");

    @Test
    void englishAndChineseHoldTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").stringPropertyNames(),
            load("messages_zh_CN.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInFxmlOrCodeIsDefined() throws IOException {
        Set<String> defined = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(file), used);
                } else if (name.endsWith(".java") && file.toString().contains("/ui/")) {
                    collect(CODE_KEY, Files.readString(file), used);
                }
            }
        }
        assertTrue(used.size() > 5, "found keys in FXML: " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/io/mqttca/console/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
