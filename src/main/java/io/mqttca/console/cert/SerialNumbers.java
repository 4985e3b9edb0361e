package io.mqttca.console.cert;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * The forms of a certificate serial number and the conversions between them, so that a serial copied from any
 * tool can be matched with one read from a certificate.
 * <ul>
 *   <li>OpenSSL hex ({@code openssl x509 -serial}): upper case, two digits per byte of the magnitude, no sign
 *       byte, {@code 00} for zero, a leading {@code -} for the (invalid but existing) negative serials.</li>
 *   <li>The "Sn" form the ApsaraMQ for MQTT API uses for CA certificates: lower-case hex of the DER INTEGER
 *       content, that is {@link BigInteger#toByteArray()}, with a leading {@code 00} when the top bit is set.</li>
 *   <li>Decimal, as Java and some consoles print it.</li>
 * </ul>
 */
public final class SerialNumbers {

    private SerialNumbers() {
    }

    /** The serial as {@code openssl x509 -serial} prints it, e.g. {@code 00}, {@code 0A}, {@code 8F01}. */
    public static String toOpenSslHex(BigInteger serial) {
        String digits = serial.abs().toString(16).toUpperCase(Locale.ROOT);
        String even = digits.length() % 2 == 0 ? digits : "0" + digits;
        return serial.signum() < 0 ? "-" + even : even;
    }

    /** The project's Sn form: lower-case hex of the DER INTEGER content, e.g. {@code 008f01} for 0x8F01. */
    public static String toSn(BigInteger serial) {
        return Hex.lower(serial.toByteArray());
    }

    /**
     * The Sn form with a colon between bytes, {@code 00:8f:01} for 0x8F01, as {@code openssl x509 -text} prints a
     * serial.
     */
    public static String toSnWithColons(BigInteger serial) {
        return Hex.colons(serial.toByteArray()).toLowerCase(Locale.ROOT);
    }

    /** True when the text is digits alone (spaces and underscores between them allowed): it reads as decimal too. */
    public static boolean readsAsDecimal(String text) {
        return text.strip().replace(" ", "").replace("_", "").matches("-?[0-9]+");
    }

    /** Reads an Sn (lower- or upper-case hex of the DER INTEGER content, two's complement). */
    public static BigInteger fromSn(String sn) {
        String digits = hexDigits(sn);
        if (digits.length() % 2 != 0) {
            digits = "0" + digits;
        }
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return new BigInteger(bytes);
    }

    /**
     * Reads a hex serial as an unsigned magnitude: any case, with or without colons, spaces or a {@code 0x}
     * prefix, with or without leading zeros or a {@code 00} sign byte; a leading {@code -} makes it negative.
     *
     * @throws IllegalArgumentException when the text is not hex
     */
    public static BigInteger fromHex(String text) {
        String trimmed = text.strip();
        boolean negative = trimmed.startsWith("-");
        BigInteger value = new BigInteger(hexDigits(negative ? trimmed.substring(1) : trimmed), 16);
        return negative ? value.negate() : value;
    }

    /**
     * Reads a decimal serial (spaces and underscores between digits are ignored).
     *
     * @throws IllegalArgumentException when the text is not a decimal number
     */
    public static BigInteger fromDecimal(String text) {
        String digits = text.strip().replace(" ", "").replace("_", "");
        if (!digits.matches("-?[0-9]+")) {
            throw new IllegalArgumentException("Not a decimal serial number: " + text);
        }
        return new BigInteger(digits);
    }

    /**
     * Every serial a text typed by an operator can mean, most likely first. Text with hex letters, separators or a
     * {@code 0x} prefix is hex only; text of digits alone is ambiguous and yields its hex reading, then its decimal
     * reading (when different).
     *
     * @throws IllegalArgumentException when the text is neither hex nor decimal
     */
    public static List<BigInteger> candidates(String text) {
        BigInteger hex = fromHex(text);
        String compact = text.strip().replace(" ", "");
        if (!compact.matches("-?[0-9]+")) {
            return List.of(hex);
        }
        BigInteger decimal = fromDecimal(compact);
        return decimal.equals(hex) ? List.of(hex) : List.of(hex, decimal);
    }

    private static String hexDigits(String text) {
        String digits = text.strip();
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (Character.digit(c, 16) >= 0) {
                out.append(c);
            } else if (c != ':' && c != ' ' && c != '-' && c != '\t') {
                throw new IllegalArgumentException("Not a hexadecimal serial number: " + text);
            }
        }
        if (out.length() == 0) {
            throw new IllegalArgumentException("Not a hexadecimal serial number: " + text);
        }
        return out.toString();
    }
}
