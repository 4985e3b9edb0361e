package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.util.Arrays;

/**
 * Strict base64 decoding of a PEM body: whitespace and line breaks are skipped, RFC 1421 header lines
 * ({@code Name: value}) before the data are skipped, and anything else that is not base64 is an error that
 * names its line. (The JDK's MIME decoder silently drops such characters, which would hide damage.)
 */
final class PemBase64 {

    private static final int INVALID = -1;
    private static final int SPACE = -2;
    private static final int PAD = -3;
    private static final int[] VALUES = new int[256];

    static {
        Arrays.fill(VALUES, INVALID);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
        VALUES[' '] = SPACE;
        VALUES['\t'] = SPACE;
        VALUES['\r'] = SPACE;
        VALUES['\n'] = SPACE;
        VALUES['='] = PAD;
    }

    /** Why a body could not be decoded, as a clause about the block, with the 1-based line of the damage. */
    static final class Base64Problem extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Text text;

        Base64Problem(String key, Object... args) {
            this(Refusals.text(key, args));
        }

        private Base64Problem(Text text) {
            super(text.english(), null, false, false);
            this.text = text;
        }

        /** The clause in any language. */
        Text text() {
            return text;
        }
    }

    private PemBase64() {
    }

    static byte[] decode(byte[] data, PemBlock block) throws Base64Problem {
        int position = skipHeaders(data, block.bodyStart(), block.bodyEnd());
        int line = block.bodyLine() + countLines(data, block.bodyStart(), position);
        byte[] out = new byte[(block.bodyEnd() - position) / 4 * 3 + 3];
        int length = 0;
        int quantum = 0;
        int count = 0;
        int padding = 0;
        for (int i = position; i < block.bodyEnd(); i++) {
            int b = data[i] & 0xFF;
            int value = VALUES[b];
            if (value == SPACE) {
                if (b == '\n' || b == '\r' && (i + 1 >= block.bodyEnd() || data[i + 1] != '\n')) {
                    line++;
                }
                continue;
            }
            if (value == INVALID) {
                throw new Base64Problem("base64.invalidCharacter", String.valueOf(line));
            }
            if (value == PAD) {
                padding++;
                continue;
            }
            if (padding > 0) {
                throw new Base64Problem("base64.dataAfterPadding", String.valueOf(line));
            }
            quantum = (quantum << 6) | value;
            count++;
            if (count == 4) {
                out[length++] = (byte) (quantum >> 16);
                out[length++] = (byte) (quantum >> 8);
                out[length++] = (byte) quantum;
                quantum = 0;
                count = 0;
            }
        }
        if (count == 1 || padding > 2 || padding > 0 && count + padding != 4) {
            throw new Base64Problem("base64.truncated");
        }
        if (count == 2) {
            out[length++] = (byte) (quantum >> 4);
        } else if (count == 3) {
            out[length++] = (byte) (quantum >> 10);
            out[length++] = (byte) (quantum >> 2);
        }
        if (length == 0) {
            throw new Base64Problem("base64.empty");
        }
        return length == out.length ? out : Arrays.copyOf(out, length);
    }

    /** Skips RFC 1421 header lines ("Proc-Type: 4,ENCRYPTED") and the blank line after them. */
    private static int skipHeaders(byte[] data, int start, int end) {
        int position = start;
        boolean sawHeader = false;
        while (position < end) {
            int lineEnd = position;
            boolean colon = false;
            while (lineEnd < end && data[lineEnd] != '\n' && data[lineEnd] != '\r') {
                colon |= data[lineEnd] == ':';
                lineEnd++;
            }
            if (colon) {
                sawHeader = true;
            } else if (!sawHeader || !isBlank(data, position, lineEnd)) {
                return position;
            }
            position = PemScanner.nextLine(data, lineEnd, end);
        }
        return position;
    }

    private static boolean isBlank(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] != ' ' && data[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int countLines(byte[] data, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (data[i] == '\n' || data[i] == '\r' && (i + 1 >= to || data[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
