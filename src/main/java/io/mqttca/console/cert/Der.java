package io.mqttca.console.cert;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal reader of ASN.1 tag-length-value headers, enough to sniff what a DER (or BER) structure is and to
 * slice elements out of it without decoding them. It never throws on garbage: malformed input yields
 * {@code null}.
 */
final class Der {

    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    static final int UTC_TIME = 0x17;
    static final int GENERALIZED_TIME = 0x18;
    static final int SEQUENCE = 0x30;
    static final int CONTEXT_0 = 0xA0;

    private static final int MAX_DEPTH = 64;

    private Der() {
    }

    /**
     * One element: its tag, where it starts, where its content starts and where it ends (exclusive).
     *
     * @param tag           the identifier octet (single-byte tags only; high tag numbers read as malformed)
     * @param start         offset of the identifier octet
     * @param contentStart  offset of the first content octet
     * @param contentEnd    offset after the last content octet (before the end-of-contents octets of BER)
     * @param end           offset after the element
     */
    record Tlv(int tag, int start, int contentStart, int contentEnd, int end) {

        int contentLength() {
            return contentEnd - contentStart;
        }
    }

    /** Reads the element starting at {@code offset}, or returns {@code null} when it is malformed. */
    static Tlv read(byte[] data, int offset, int limit) {
        return read(data, offset, limit, 0);
    }

    private static Tlv read(byte[] data, int offset, int limit, int depth) {
        if (depth > MAX_DEPTH || offset + 2 > limit) {
            return null;
        }
        int tag = data[offset] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            return null;
        }
        int first = data[offset + 1] & 0xFF;
        int contentStart = offset + 2;
        if (first == 0x80) {
            return (tag & 0x20) == 0 ? null : readIndefinite(data, tag, offset, contentStart, limit, depth);
        }
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int count = first & 0x7F;
            if (count > 4 || contentStart + count > limit) {
                return null;
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (data[contentStart + i] & 0xFF);
            }
            contentStart += count;
        }
        long end = contentStart + length;
        return end > limit ? null : new Tlv(tag, offset, contentStart, (int) end, (int) end);
    }

    private static Tlv readIndefinite(byte[] data, int tag, int offset, int contentStart, int limit, int depth) {
        int position = contentStart;
        while (position + 2 <= limit) {
            if (data[position] == 0 && data[position + 1] == 0) {
                return new Tlv(tag, offset, contentStart, position, position + 2);
            }
            Tlv child = read(data, position, limit, depth + 1);
            if (child == null) {
                return null;
            }
            position = child.end();
        }
        return null;
    }

    /** The elements inside a constructed element, or {@code null} when one of them is malformed. */
    static List<Tlv> children(byte[] data, Tlv parent) {
        List<Tlv> children = new ArrayList<>();
        int position = parent.contentStart();
        while (position < parent.contentEnd()) {
            Tlv child = read(data, position, parent.contentEnd());
            if (child == null) {
                return null;
            }
            children.add(child);
            position = child.end();
        }
        return children;
    }

    /** The content of a small INTEGER, or -1 when it is not an INTEGER of at most 4 content octets. */
    static long smallInteger(byte[] data, Tlv tlv) {
        if (tlv.tag() != INTEGER || tlv.contentLength() < 1 || tlv.contentLength() > 4) {
            return -1;
        }
        long value = 0;
        for (int i = tlv.contentStart(); i < tlv.contentEnd(); i++) {
            value = (value << 8) | (data[i] & 0xFF);
        }
        return value;
    }

    /** True when the element is an OBJECT IDENTIFIER whose encoding starts with the given content octets. */
    static boolean oidStartsWith(byte[] data, Tlv tlv, byte[] prefix) {
        if (tlv.tag() != OID || tlv.contentLength() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[tlv.contentStart() + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
