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
            throw Refusals.unreadable("it is a directory", "Choose a certificate file inside it.", null);
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
            throw Refusals.unreadable("it does not exist", "Check the path and the file name.", e);
        } catch (AccessDeniedException e) {
            throw Refusals.unreadable("permission denied", "Check the file's permissions, or copy it somewhere "
                + "you can read it.", e);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            throw Refusals.unreadable(reason, "Check the path and the file.", e);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw Refusals.unreadable(reason, "Check the path and the file.", e);
        }
    }
}
