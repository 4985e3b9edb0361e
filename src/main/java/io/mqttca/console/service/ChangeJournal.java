package io.mqttca.console.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The change journal: every state-changing call, appended as one JSON object per line to a file in the user data
 * directory and flushed per entry, so a crash loses at most the line being written. A torn or foreign line is
 * skipped when reading back. Safe for concurrent appends from bulk workers.
 */
public final class ChangeJournal {

    private static final ObjectMapper JSON = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private final Path file;
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();

    public ChangeJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends one entry and flushes it; listeners hear of it afterwards (on the caller's thread). */
    public void append(JournalEntry entry) {
        String line = toJson(entry) + "\n";
        synchronized (this) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                    writer.write(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the change journal " + file, e);
            }
        }
        listeners.forEach(listener -> listener.accept(entry));
    }

    /** Every readable entry, oldest first; an absent file is an empty journal. */
    public List<JournalEntry> readAll() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        synchronized (this) {
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the change journal " + file, e);
            }
        }
        List<JournalEntry> entries = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!line.isBlank()) {
                try {
                    entries.add(JSON.readValue(line, JournalEntry.class));
                } catch (JsonProcessingException e) {
                    // A line torn by a crash, or edited by hand: the rest of the journal is still good.
                    continue;
                }
            }
        }
        return entries;
    }

    /** Registers a listener told of each appended entry. */
    public void addListener(Consumer<JournalEntry> listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener} of appended entries. */
    public void removeListener(Consumer<JournalEntry> listener) {
        listeners.remove(listener);
    }

    private static String toJson(JournalEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A journal entry always serialises", e);
        }
    }
}
