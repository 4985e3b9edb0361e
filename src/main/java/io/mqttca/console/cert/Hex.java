package io.mqttca.console.cert;

/** Hexadecimal forms of byte strings: OpenSSL's colon form and plain upper or lower case. */
final class Hex {

    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
    private static final char[] LOWER = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** Upper-case pairs separated by colons, as OpenSSL prints fingerprints and key identifiers: "AB:01". */
    static String colons(byte[] bytes) {
        if (bytes.length == 0) {
            return "";
        }
        char[] out = new char[bytes.length * 3 - 1];
        for (int i = 0, j = 0; i < bytes.length; i++) {
            if (i > 0) {
                out[j++] = ':';
            }
            out[j++] = UPPER[(bytes[i] >> 4) & 0xF];
            out[j++] = UPPER[bytes[i] & 0xF];
        }
        return new String(out);
    }

    static String upper(byte[] bytes) {
        return plain(bytes, UPPER);
    }

    static String lower(byte[] bytes) {
        return plain(bytes, LOWER);
    }

    private static String plain(byte[] bytes, char[] digits) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = digits[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = digits[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
