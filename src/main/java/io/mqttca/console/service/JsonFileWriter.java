package io.mqttca.console.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one writer of a small file that is replaced whole (the profiles, the settings). Every store over the same path
 * shares it, so writes never interleave: each goes to its own temporary file beside the target and is then moved over
 * it atomically (a plain replace only where the file system cannot move atomically), so a reader sees the old file or
 * the new one, never a mix. Writes carry a sequence number taken when they were submitted; a write older than the one
 * already on disk is skipped, so the save submitted last wins even when the threads run them in another order.
 */
final class JsonFileWriter {

    private static final ConcurrentMap<Path, JsonFileWriter> WRITERS = new ConcurrentHashMap<>();

    private final Path file;
    private final AtomicLong submitted = new AtomicLong();
    private long written;

    private JsonFileWriter(Path file) {
        this.file = file;
    }

    /** The writer of {@code file}, the same object for every caller in this process. */
    static JsonFileWriter of(Path file) {
        return WRITERS.computeIfAbsent(file.toAbsolutePath().normalize(), JsonFileWriter::new);
    }

    /** The sequence number of a write submitted now; later submissions get larger numbers. */
    long nextWrite() {
        return submitted.incrementAndGet();
    }

    /**
     * Replaces the file with {@code content} unless a write submitted after {@code sequence} is already on disk.
     *
     * @return true when the content was written, false when it was skipped as outdated
     */
    synchronized boolean write(long sequence, String content) throws IOException {
        if (sequence <= written) {
            return false;
        }
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        written = sequence;
        return true;
    }
}
