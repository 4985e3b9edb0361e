package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the PEM blocks of an input: {@code -----BEGIN X-----} ... {@code -----END X-----}, with any text
 * before, between and after them, LF, CRLF or CR line endings and indented armour lines. Text outside blocks
 * is ignored. A block with no END line, or an END line with another label, is still returned, with a
 * {@link PemBlock#problem()}.
 */
final class PemScanner {

    private static final byte[] BEGIN = "-----BEGIN ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "-----END ".getBytes(StandardCharsets.US_ASCII);

    private PemScanner() {
    }

    /** True when the input contains a BEGIN armour line anywhere (so it is meant as PEM). */
    static boolean looksLikePem(byte[] data) {
        return indexOf(data, BEGIN, 0) >= 0;
    }

    static List<PemBlock> scan(byte[] data) {
        List<PemBlock> blocks = new ArrayList<>();
        String openType = null;
        int openLine = 0;
        int bodyStart = 0;
        int position = 0;
        int line = 1;
        while (position < data.length) {
            int lineEnd = position;
            while (lineEnd < data.length && data[lineEnd] != '\n' && data[lineEnd] != '\r') {
                lineEnd++;
            }
            int next = nextLine(data, lineEnd, data.length);
            int text = skipBlanks(data, position, lineEnd);
            String beginLabel = label(data, text, lineEnd, BEGIN);
            if (beginLabel != null) {
                if (openType != null) {
                    blocks.add(new PemBlock(openType, blocks.size(), openLine, bodyStart, position, openLine + 1,
                        Refusals.text("pem.noEndBeforeBegin", String.valueOf(line))));
                }
                openType = beginLabel;
                openLine = line;
                bodyStart = next;
            } else if (openType != null) {
                String endLabel = label(data, text, lineEnd, END);
                if (endLabel != null) {
                    Text problem = endLabel.equals(openType) ? null
                        : Refusals.text("pem.endMismatch", String.valueOf(line), endLabel);
                    blocks.add(new PemBlock(openType, blocks.size(), openLine, bodyStart, position, openLine + 1,
                        problem));
                    openType = null;
                }
            }
            position = next;
            line++;
        }
        if (openType != null) {
            blocks.add(new PemBlock(openType, blocks.size(), openLine, bodyStart, data.length, openLine + 1,
                Refusals.text("pem.noEnd")));
        }
        return blocks;
    }

    /** The start of the line after the one ending at {@code lineEnd} (LF, CRLF or CR). */
    static int nextLine(byte[] data, int lineEnd, int limit) {
        if (lineEnd >= limit) {
            return limit;
        }
        return data[lineEnd] == '\r' && lineEnd + 1 < limit && data[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    private static int skipBlanks(byte[] data, int from, int to) {
        int i = from;
        while (i < to && (data[i] == ' ' || data[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** The label of an armour line starting at {@code from} with the given prefix, or {@code null}. */
    private static String label(byte[] data, int from, int lineEnd, byte[] prefix) {
        if (lineEnd - from < prefix.length + 5 || !startsWith(data, from, prefix)) {
            return null;
        }
        int end = lineEnd;
        while (end > from && (data[end - 1] == ' ' || data[end - 1] == '\t')) {
            end--;
        }
        int labelStart = from + prefix.length;
        int labelEnd = end - 5;
        if (labelEnd < labelStart) {
            return null;
        }
        for (int i = labelEnd; i < end; i++) {
            if (data[i] != '-') {
                return null;
            }
        }
        return new String(data, labelStart, labelEnd - labelStart, StandardCharsets.ISO_8859_1).strip();
    }

    private static boolean startsWith(byte[] data, int from, byte[] prefix) {
        if (from + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
