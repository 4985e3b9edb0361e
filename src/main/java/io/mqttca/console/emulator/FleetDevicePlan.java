package io.mqttca.console.emulator;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What the fleet seed makes device number {@code index} (from 1) into, derived from the index alone so that tests
 * can count exactly: per hundred devices one is expired but still active ({@code index % 100 == 0}), two expire
 * within 30 days (10, 60), one outlives its CA (20), three are inactive (30, 50, 70); one in two hundred has
 * serverAuth instead of clientAuth ({@code index % 200 == 40}) and one in a thousand shares the one deliberately
 * shared key ({@code index % 1000 == 90}). The rest are active, clientAuth, valid for one to three years.
 *
 * @param index      the device number, 1 or more
 * @param name       {@code device-000123}: the subject CN and DeviceName
 * @param serial     {@link #SERIAL_BASE} plus the index: unique, positive, and its Sn tells the index back
 * @param notBefore  start of validity
 * @param notAfter   end of validity
 * @param active     status 1, or 0 for the inactive share
 * @param clientAuth extended key usage clientAuth, or serverAuth only
 * @param sharedKey  whether the device carries the one shared key
 */
record FleetDevicePlan(int index, String name, BigInteger serial, Instant notBefore, Instant notAfter,
                       boolean active, boolean clientAuth, boolean sharedKey) {

    /** Serials of fleet devices; the top bit is set, so their Sns start with {@code 00de71ce}. */
    static final BigInteger SERIAL_BASE = new BigInteger("de71ce0000000000", 16);
    /** The Sn prefix every fleet device has (and no other seeded certificate). */
    static final String SN_PREFIX = "00de71ce";

    private static final Duration DAY = Duration.ofDays(1);

    static FleetDevicePlan of(int index, Instant now, Instant caNotAfter) {
        if (index < 1) {
            throw new IllegalArgumentException("device numbers start at 1: " + index);
        }
        int perHundred = index % 100;
        Instant notBefore = now.minus(days(1 + index % 180));
        Instant notAfter = notBefore.plus(days(365 + (index * 37L) % 731));
        if (perHundred == 0) {
            notBefore = now.minus(days(400 + index % 60));
            notAfter = now.minus(days(1 + index % 60));
        } else if (perHundred == 10 || perHundred == 60) {
            notBefore = now.minus(days(335));
            notAfter = now.plus(days(1 + index % 29));
        } else if (perHundred == 20) {
            notBefore = now.minus(days(10));
            notAfter = caNotAfter.plus(days(30 + index % 300));
        }
        boolean active = perHundred != 30 && perHundred != 50 && perHundred != 70;
        return new FleetDevicePlan(index, name(index), SERIAL_BASE.add(BigInteger.valueOf(index)), notBefore,
            notAfter, active, index % 200 != 40, index % 1000 == 90);
    }

    /** {@code device-000123}; wider past 999,999. */
    static String name(int index) {
        return String.format(Locale.ROOT, "device-%06d", index);
    }

    /** The device number of a fleet device's Sn. */
    static int indexOf(String deviceSn) {
        return new BigInteger(deviceSn, 16).subtract(SERIAL_BASE).intValueExact();
    }

    private static Duration days(long count) {
        return DAY.multipliedBy(count);
    }
}
