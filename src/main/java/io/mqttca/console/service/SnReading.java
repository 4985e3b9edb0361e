package io.mqttca.console.service;

import io.mqttca.console.cert.SerialNumbers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One way to read an Sn an operator typed: as hex (any case, colons, with or without the leading {@code 00}) or,
 * for digits alone, as decimal.
 *
 * @param radix  how the text was read
 * @param serial the serial it then means
 */
public record SnReading(Radix radix, BigInteger serial) {

    /** How a typed Sn was read. */
    public enum Radix { HEX, DECIMAL }

    /** The serial in the service's Sn form ({@code 00f269…}). */
    public String sn() {
        return SerialNumbers.toSn(serial);
    }

    /** The serial as openssl prints it ({@code F269…}). */
    public String openSslHex() {
        return SerialNumbers.toOpenSslHex(serial);
    }

    /** Every reading of the text, hex first; empty when it is neither hex nor decimal. */
    public static List<SnReading> of(String typed) {
        List<SnReading> readings = new ArrayList<>(2);
        try {
            readings.add(new SnReading(Radix.HEX, SerialNumbers.fromHex(typed)));
        } catch (IllegalArgumentException notHex) {
            return List.of();
        }
        if (SerialNumbers.readsAsDecimal(typed)) {
            BigInteger decimal = SerialNumbers.fromDecimal(typed);
            if (!decimal.equals(readings.get(0).serial())) {
                readings.add(new SnReading(Radix.DECIMAL, decimal));
            }
        }
        return List.copyOf(readings);
    }

    /** The serial a listed Sn stands for, or null when the service's Sn is not hex. */
    static BigInteger serialOfListed(String sn) {
        try {
            return SerialNumbers.fromSn(sn);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }
}
