package io.mqttca.console.cert;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The local certificate inspector that the window and the command line share. It reads the bytes of a file
 * (PEM with one or many certificate blocks and any text around them, CRLF or LF, or DER) and returns the
 * details of every certificate in it, plus an error for the file or for each block that is not a readable
 * certificate: an empty file, a private key, a request, a PKCS#12 keystore, a damaged block, something else.
 * Private key content is never decoded, kept or echoed. Stateless and thread-safe.
 */
public final class CertificateInspector {

    /** The largest input read: 10 MiB. Larger files are refused before they are read. */
    public static final int MAX_INPUT_BYTES = 10 * 1024 * 1024;

    /** Bundles with at least this many blocks are decoded on all cores (the common fork-join pool). */
    private static final int PARALLEL_THRESHOLD = 256;

    /** Reads and inspects a file; a file that cannot be read yields a result with one error. */
    public InspectionResult inspect(Path file) {
        String source = file.toString();
        byte[] data;
        try {
            data = InputFiles.read(file, MAX_INPUT_BYTES);
        } catch (CertificateInputException e) {
            return InspectionResult.failed(source, e);
        }
        return inspect(data, source);
    }

    /**
     * Inspects the bytes of one input.
     *
     * @param data   the content of the input
     * @param source how to name the input in the details and the messages (a file name, "clipboard" ...)
     */
    public InspectionResult inspect(byte[] data, String source) {
        if (data.length > MAX_INPUT_BYTES) {
            return InspectionResult.failed(source, Refusals.tooLarge(data.length));
        }
        int first = firstNonBlank(data);
        if (first == data.length) {
            return InspectionResult.failed(source, Refusals.empty());
        }
        if (PemScanner.looksLikePem(data)) {
            return inspectPem(data, source);
        }
        if (data[0] == Der.SEQUENCE) {
            return DerInput.inspect(data, source);
        }
        return InspectionResult.failed(source, notPemNorDer(data, first));
    }

    private static InspectionResult inspectPem(byte[] data, String source) {
        List<PemBlock> blocks = PemScanner.scan(data);
        if (blocks.isEmpty()) {
            return InspectionResult.failed(source,
                Refusals.noCertificate("noCompleteBlock"));
        }
        Stream<PemBlock> stream = blocks.size() >= PARALLEL_THRESHOLD ? blocks.parallelStream() : blocks.stream();
        List<Object> outcomes = stream.map(block -> handle(data, block, source)).collect(Collectors.toList());
        List<CertificateDetails> certificates = new ArrayList<>(blocks.size());
        List<InputError> errors = new ArrayList<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof CertificateDetails) {
                certificates.add((CertificateDetails) outcome);
            } else {
                errors.add((InputError) outcome);
            }
        }
        return new InspectionResult(source, certificates, errors);
    }

    /** The certificate of one block, or the error saying why there is none. */
    private static Object handle(byte[] data, PemBlock block, String source) {
        try {
            return PemBlockHandlers.forType(block.type()).handle(data, block, source);
        } catch (CertificateInputException e) {
            return InputError.ofBlock(source, e, block.index(), block.line());
        }
    }

    private static int firstNonBlank(byte[] data) {
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < data.length && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'
            || data[i] == '\f' || data[i] == 0x0B)) {
            i++;
        }
        return i;
    }

    /** Names what a file with no PEM block and no DER is, without echoing any of it. */
    private static CertificateInputException notPemNorDer(byte[] data, int first) {
        String head = new String(data, first, Math.min(data.length - first, 32), StandardCharsets.ISO_8859_1);
        if (head.startsWith("PuTTY-User-Key-File")) {
            return Refusals.privateKey(Refusals.THE_FILE, Refusals.text("kind.puttyKey"));
        }
        if (head.startsWith("ssh-") || head.startsWith("ecdsa-sha2-")) {
            return Refusals.noCertificate("sshPublicKey");
        }
        for (int i = first; i < data.length; i++) {
            int b = data[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return Refusals.noCertificate("binary");
            }
        }
        return Refusals.noCertificate("text");
    }
}
