package io.mqttca.console.emulator;

import java.math.BigInteger;

/**
 * The emulator's form of an Sn: the certificate serial as lower-case hex of its DER INTEGER content bytes
 * ({@link BigInteger#toByteArray()}), so a serial whose top bit is set gets a leading {@code 00}, like the
 * {@code 00f26900ba87...} examples of the API documentation.
 */
public final class SerialNumbers {

    /** The documented upper bound of an Sn, in UTF-8 bytes. */
    public static final int MAX_SN_BYTES = 128;

    private SerialNumbers() {
    }

    /** The same form the console's certificate engine computes, so the emulator and the import view agree. */
    public static String sn(BigInteger serial) {
        return io.mqttca.console.cert.SerialNumbers.toSn(serial);
    }
}
