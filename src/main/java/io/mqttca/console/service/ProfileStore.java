package io.mqttca.console.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The connection profiles file: a JSON array of {@link ConnectionProfile}s in the user data directory. The sandbox
 * profile is not stored; {@link #load(String)} puts it first. Writes go through the file's one
 * {@link JsonFileWriter}: a temporary file that then replaces the old one, so a crash or a concurrent save never
 * leaves half a file, and a save taken with {@link #nextSave()} when it was submitted is skipped when a later one is
 * already on disk. A file that cannot be read yields only the sandbox. A profile an older console saved with the
 * embedded sandbox's port of that day is loaded as pointing at the sandbox by name
 * ({@link ConnectionProfile#withOldSandboxEndpointNamed()}).
 */
public final class ProfileStore {

    private static final ObjectMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    private final Path file;
    private final JsonFileWriter writer;

    public ProfileStore(Path file) {
        this.file = file;
        this.writer = JsonFileWriter.of(file);
    }

    public Path file() {
        return file;
    }

    /** The sandbox (named {@code sandboxName}) followed by the stored cloud profiles. */
    public List<ConnectionProfile> load(String sandboxName) {
        List<ConnectionProfile> profiles = new ArrayList<>();
        profiles.add(ConnectionProfile.sandbox(sandboxName));
        if (Files.exists(file)) {
            try {
                ConnectionProfile[] stored = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8),
                    ConnectionProfile[].class);
                Arrays.stream(stored).filter(profile -> profile != null && !profile.isSandbox())
                    .map(ConnectionProfile::withOldSandboxEndpointNamed).forEach(profiles::add);
            } catch (IOException e) {
                // An unreadable profiles file must not keep the console from opening on the sandbox.
                return profiles;
            }
        }
        return profiles;
    }

    /** Writes every profile but the sandbox, replacing the file; it wins over every save submitted before. */
    public void save(List<ConnectionProfile> profiles) {
        save(nextSave(), profiles);
    }

    /**
     * The place of a save submitted now in the order of saves: take it on the thread that decides to save (the UI
     * thread), then pass it to {@link #save(long, List)} on whichever background thread runs the write.
     */
    public long nextSave() {
        return writer.nextWrite();
    }

    /**
     * Writes every profile but the sandbox, unless a save submitted after {@code sequence} is already on disk.
     *
     * @param sequence from {@link #nextSave()}, taken when the save was submitted
     * @return true when written, false when skipped because a later save won
     */
    public boolean save(long sequence, List<ConnectionProfile> profiles) {
        List<ConnectionProfile> stored = profiles.stream().filter(profile -> !profile.isSandbox()).toList();
        try {
            return writer.write(sequence, toJson(stored));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the profiles file " + file, e);
        }
    }

    private static String toJson(List<ConnectionProfile> profiles) {
        try {
            return JSON.writeValueAsString(profiles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Profiles always serialise", e);
        }
    }
}
