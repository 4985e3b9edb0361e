package io.mqttca.console.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The change journal: every state-changing call, appended as one JSON object per line to a file in the user data
 * directory and flushed per entry, so a crash loses at most the line being written. A torn or foreign line is
 * skipped when reading back.
 *
 * <p>The journal is bounded: before an append would take the current file ({@code journal.jsonl}) past the size
 * threshold, the file is renamed whole to {@code journal.1.jsonl} (older ones move up a number, the oldest beyond
 * the kept count is deleted) and a new current file is started; no file is ever truncated. The window and
 * command-line processes share the journal: appends, rotations and reads hold an exclusive lock on
 * {@code journal.lock} (across processes) and a monitor shared by every journal on the same file (within this
 * process, where a second file lock would fail rather than wait).
 */
public final class ChangeJournal {

    /** Past this size the current file is rotated. */
    public static final long DEFAULT_ROTATE_BYTES = 1024 * 1024;
    /** How many rotated files are kept besides the current one. */
    public static final int DEFAULT_KEPT_FILES = 5;

    private static final String SUFFIX = ".jsonl";
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private final Path file;
    private final long rotateBytes;
    private final int keptFiles;
    private final Object monitor;
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();

    public ChangeJournal(Path file) {
        this(file, DEFAULT_ROTATE_BYTES, DEFAULT_KEPT_FILES);
    }

    /**
     * @param file        the current file, {@code journal.jsonl}
     * @param rotateBytes the size past which the current file is rotated
     * @param keptFiles   how many rotated files are kept (at least 1)
     */
    public ChangeJournal(Path file, long rotateBytes, int keptFiles) {
        if (rotateBytes <= 0 || keptFiles < 1) {
            throw new IllegalArgumentException("rotateBytes must be positive and keptFiles at least 1");
        }
        this.file = file;
        this.rotateBytes = rotateBytes;
        this.keptFiles = keptFiles;
        this.monitor = MONITORS.computeIfAbsent(file.toAbsolutePath().normalize(), path -> new Object());
    }

    public Path file() {
        return file;
    }

    /** The rotated file number {@code n} ({@code journal.n.jsonl}), 1 being the newest. */
    public Path rotatedFile(int n) {
        String name = file.getFileName().toString();
        String base = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        return file.resolveSibling(base + "." + n + SUFFIX);
    }

    /** Appends one entry and flushes it; listeners hear of it afterwards (on the caller's thread). */
    public void append(JournalEntry entry) {
        byte[] line = (toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            synchronized (monitor) {
                try (FileChannel lockChannel = openLock(); FileLock lock = lockChannel.lock()) {
                    rotateBefore(line.length);
                    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                        ByteBuffer buffer = ByteBuffer.wrap(line);
                        while (buffer.hasRemaining()) {
                            out.write(buffer);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the change journal " + file, e);
        }
        listeners.forEach(listener -> listener.accept(entry));
    }

    /** Every readable entry of the kept files and the current one, oldest first; no file is an empty journal. */
    public List<JournalEntry> readAll() {
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try {
            synchronized (monitor) {
                try (FileChannel lockChannel = openLock(); FileLock lock = lockChannel.lock()) {
                    for (int n = keptFiles; n >= 1; n--) {
                        readInto(rotatedFile(n), lines);
                    }
                    readInto(file, lines);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the change journal " + file, e);
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

    private FileChannel openLock() throws IOException {
        String name = file.getFileName().toString();
        String base = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        return FileChannel.open(file.resolveSibling(base + ".lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    }

    /** Under the lock: moves the current file whole to number 1 when {@code incoming} more bytes would overflow it. */
    private void rotateBefore(int incoming) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        long size = Files.size(file);
        if (size == 0 || size + incoming <= rotateBytes) {
            return;
        }
        Files.deleteIfExists(rotatedFile(keptFiles));
        for (int n = keptFiles - 1; n >= 1; n--) {
            Path from = rotatedFile(n);
            if (Files.exists(from)) {
                Files.move(from, rotatedFile(n + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, rotatedFile(1), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void readInto(Path path, List<String> lines) throws IOException {
        if (Files.exists(path)) {
            // Decoded leniently: a line torn inside a character must not hide the rest of the file.
            lines.addAll(List.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\n")));
        }
    }

    private static String toJson(JournalEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A journal entry always serialises", e);
        }
    }
}
