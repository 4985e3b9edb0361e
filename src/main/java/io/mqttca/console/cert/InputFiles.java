package io.mqttca.console.cert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an input file with a size bound: the size is checked before reading, and the read itself stops one byte
 * past the bound (for files that grow, or special files whose size is unknown). Failures become
 * {@link InputErrorCode#UNREADABLE} or {@link InputErrorCode#TOO_LARGE} with a message saying why.
 */
final class InputFiles {

    private InputFiles() {
    }

    static byte[] read(Path file, int maxBytes) throws CertificateInputException {
        if (Files.isDirectory(file)) {
            throw Refusals.unreadable(Refusals.text("reason.directory"), "directory", null);
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw Refusals.tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] data = in.readNBytes(maxBytes + 1);
                if (data.length > maxBytes) {
                    throw Refusals.tooLarge(-1);
                }
                return data;
            }
        } catch (NoSuchFileException e) {
            throw Refusals.unreadable(Refusals.text("reason.missing"), "missing", e);
        } catch (AccessDeniedException e) {
            throw Refusals.unreadable(Refusals.text("reason.permission"), "permission", e);
        } catch (FileSystemException e) {
            Object reason = e.getReason() == null ? Refusals.text("reason.inputOutput") : e.getReason();
            throw Refusals.unreadable(reason, "other", e);
        } catch (IOException e) {
            Object reason = e.getMessage() == null ? Refusals.text("reason.inputOutput") : e.getMessage();
            throw Refusals.unreadable(reason, "other", e);
        }
    }
}
