package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading input files: what cannot be read is UNREADABLE with the reason, what is too big is never read. */
class InputFilesTest {

    @TempDir
    Path directory;

    private final CertificateInspector inspector = new CertificateInspector();

    @Test
    void readsACertificateFile() throws IOException {
        Path file = Files.writeString(directory.resolve("ca.pem"), TestCertificates.certificate().pem());
        InspectionResult result = inspector.inspect(file);
        assertTrue(result.isClean());
        assertEquals(file.toString(), result.certificates().get(0).source());
    }

    @Test
    void reportsAMissingFile() {
        InputError error = onlyError(inspector.inspect(directory.resolve("missing.pem")));
        assertEquals(InputErrorCode.UNREADABLE, error.code());
        assertTrue(error.message().contains("does not exist"), error.message());
        assertNull(error.index());
    }

    @Test
    void reportsADirectory() {
        InputError error = onlyError(inspector.inspect(directory));
        assertEquals(InputErrorCode.UNREADABLE, error.code());
        assertTrue(error.message().contains("is a directory"), error.message());
    }

    @Test
    void reportsAFileWithoutReadPermission() throws IOException {
        Path file = Files.writeString(directory.resolve("secret.pem"), TestCertificates.certificate().pem());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: every file is readable, nothing to test");
        InputError error = onlyError(inspector.inspect(file));
        assertEquals(InputErrorCode.UNREADABLE, error.code());
        assertTrue(error.message().contains("permission denied"), error.message());
    }

    @Test
    void refusesAFileOverTheLimitFromItsSize() throws IOException {
        Path file = directory.resolve("huge.pem");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(5L * 1024 * 1024 * 1024);
        }
        long start = System.nanoTime();
        InputError error = onlyError(inspector.inspect(file));
        assertEquals(InputErrorCode.TOO_LARGE, error.code());
        assertTrue(error.message().contains("5120.0 MiB"), error.message());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "the file must not be read");
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws IOException {
        Path file = directory.resolve("limit.pem");
        byte[] content = new byte[CertificateInspector.MAX_INPUT_BYTES];
        byte[] pem = TestCertificates.certificate().pem().getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(content, (byte) '\n');
        System.arraycopy(pem, 0, content, 0, pem.length);
        Files.write(file, content);
        assertTrue(inspector.inspect(file).isClean());
    }

    @Test
    void readsAtMostOneByteOverTheLimitFromAFileWithoutASize() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        InputError error = onlyError(inspector.inspect(zero));
        assertEquals(InputErrorCode.TOO_LARGE, error.code());
        assertTrue(error.message().contains("larger than 10 MiB"), error.message());
    }

    private static InputError onlyError(InspectionResult result) {
        assertEquals(0, result.certificates().size());
        assertEquals(1, result.errors().size(), result.errors()::toString);
        return result.errors().get(0);
    }
}
