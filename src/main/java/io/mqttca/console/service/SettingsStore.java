package io.mqttca.console.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The settings file ({@link ConsoleSettings} as JSON) in the user data directory. An absent or unreadable file gives
 * the defaults, so a damaged file never keeps the window from opening; writes replace the file whole through its one
 * {@link JsonFileWriter}, so concurrent saves never clash and the later one wins.
 */
public final class SettingsStore {

    private static final ObjectMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    private final Path file;
    private final JsonFileWriter writer;

    public SettingsStore(Path file) {
        this.file = file;
        this.writer = JsonFileWriter.of(file);
    }

    /** The stored settings, or the defaults when there are none or they cannot be read. */
    public ConsoleSettings load() {
        if (!Files.exists(file)) {
            return ConsoleSettings.defaults();
        }
        try {
            ConsoleSettings settings = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8),
                ConsoleSettings.class);
            return settings == null ? ConsoleSettings.defaults() : settings;
        } catch (IOException e) {
            return ConsoleSettings.defaults();
        }
    }

    /** Writes the settings, replacing the file. */
    public void save(ConsoleSettings settings) {
        try {
            writer.write(writer.nextWrite(), toJson(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the settings file " + file, e);
        }
    }

    private static String toJson(ConsoleSettings settings) {
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Settings always serialise", e);
        }
    }
}
