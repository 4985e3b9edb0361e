package io.mqttca.console.emulator;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle provider instance the emulator signs and verifies with. It is passed explicitly, never
 * registered with {@code Security}, so the rest of the JVM is unaffected. BouncyCastle knows EC keys by OID
 * (the JDK's key factories do not) and signs EC certificates about three times faster than SunEC.
 */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
