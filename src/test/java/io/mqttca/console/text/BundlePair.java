package io.mqttca.console.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English and Simplified Chinese files of one bundle, read as files (not as a bundle chain, where the Chinese
 * one would inherit every English key), with the checks every layer's bundle must pass.
 *
 * @param english the base file (English, ASCII with \\u escapes)
 * @param chinese the {@code _zh_CN} file (UTF-8)
 */
public record BundlePair(Properties english, Properties chinese) {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    /** Reads {@code baseName}'s two files from the class path. */
    public static BundlePair of(String baseName) {
        String path = "/" + baseName.replace('.', '/');
        return new BundlePair(load(path + ".properties"), load(path + "_zh_CN.properties"));
    }

    private static Properties load(String resource) {
        try (InputStream in = BundlePair.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both languages have the same keys. */
    public void assertSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        assertTrue(onlyEnglish.isEmpty(), "only in English: " + onlyEnglish);
        assertTrue(onlyChinese.isEmpty(), "only in Chinese: " + onlyChinese);
    }

    /** Every pattern uses the same arguments in both languages and writes each apostrophe twice. */
    public void assertSamePatterns() {
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            if (zh == null) {
                continue;
            }
            if (!arguments(en).equals(arguments(zh))) {
                problems.add(key + ": arguments " + arguments(en) + " vs " + arguments(zh));
            }
            for (String pattern : List.of(en, zh)) {
                if (pattern.replace("''", "").contains("'")) {
                    problems.add(key + ": a single apostrophe (MessageFormat drops it): " + pattern);
                }
            }
            if (!hasChinese(zh)) {
                problems.add(key + ": the Chinese text has no Chinese in it: " + zh);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** {@code key} is in both languages. */
    public void assertHas(String key) {
        assertTrue(english.containsKey(key), "no English " + key);
        assertTrue(chinese.containsKey(key), "no Chinese " + key);
    }

    /** The argument indices a pattern uses. */
    static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        return indices;
    }

    /** True when the text holds a CJK ideograph or a full-width punctuation mark. */
    public static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x3000 && c <= 0x9fff || c >= 0xff00 && c <= 0xffef);
    }

    /** Checks that {@code pair} is complete: {@link #assertSameKeys()} and {@link #assertSamePatterns()}. */
    public static void assertComplete(String baseName) {
        BundlePair pair = of(baseName);
        assertTrue(pair.english.size() > 0, "empty " + baseName);
        assertEquals(pair.english.size(), pair.chinese.size(), "sizes of " + baseName);
        pair.assertSameKeys();
        pair.assertSamePatterns();
    }
}
