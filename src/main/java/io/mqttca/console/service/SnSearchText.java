package io.mqttca.console.service;

import io.mqttca.console.cert.SerialNumbers;
import java.math.BigInteger;

/**
 * The other forms of a listed Sn that a filter box should find it by, beside the Sn itself (which already matches
 * any case and the form without the leading {@code 00}, as a substring): the bytes with colons, as
 * {@code openssl x509 -text} prints a serial ({@code 00:f2:69:…}), and the decimal serial.
 */
public final class SnSearchText {

    private SnSearchText() {
    }

    /** The forms, lower case, one per line; empty when the Sn is not hex. */
    public static String of(String sn) {
        BigInteger serial = SnReading.serialOfListed(sn);
        return serial == null ? "" : SerialNumbers.toSnWithColons(serial) + "\n" + serial;
    }
}
