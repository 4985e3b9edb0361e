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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The connection profiles file: a JSON array of {@link ConnectionProfile}s in the user data directory. The sandbox
 * profile is not stored; {@link #load(String)} puts it first. Writes go to a temporary file that then replaces the
 * old one, so a crash never leaves half a file. A file that cannot be read yields only the sandbox.
 */
public final class ProfileStore {

    private static final ObjectMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    private final Path file;

    public ProfileStore(Path file) {
        this.file = file;
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
                    .forEach(profiles::add);
            } catch (IOException e) {
                // An unreadable profiles file must not keep the console from opening on the sandbox.
                return profiles;
            }
        }
        return profiles;
    }

    /** Writes every profile but the sandbox, replacing the file. */
    public void save(List<ConnectionProfile> profiles) {
        List<ConnectionProfile> stored = profiles.stream().filter(profile -> !profile.isSandbox()).toList();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, toJson(stored), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
