package io.mqttca.console.emulator;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.ECPoint;

/**
 * EC P-256 public keys for the fleet seed without one key generation per device (about 1.5 ms each, too slow for
 * 100,000): three pools of {@value #POOL} random key points are made once, and device {@code i} gets the sum of
 * one point from each pool, chosen by the digits of {@code i} in base {@value #POOL}. A point addition costs about
 * 20 µs, and the sums differ for every index below 1,000,000, so apart from the deliberately shared key no two
 * devices share a key. The private scalars exist only while the pools are made; nothing keeps them.
 */
final class FleetPublicKeys {

    static final int POOL = 100;

    private static final X9ECParameters P256 = ECNamedCurveTable.getByName("secp256r1");
    private static final AlgorithmIdentifier EC_P256 =
        new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1);

    private final ECPoint[][] pools;
    private final SubjectPublicKeyInfo shared;

    private FleetPublicKeys(ECPoint[][] pools, SubjectPublicKeyInfo shared) {
        this.pools = pools;
        this.shared = shared;
    }

    static FleetPublicKeys generate(SecureRandom random) {
        ECPoint[][] pools = new ECPoint[3][POOL];
        for (ECPoint[] pool : pools) {
            for (int i = 0; i < POOL; i++) {
                pool[i] = randomPoint(random);
            }
        }
        return new FleetPublicKeys(pools, info(randomPoint(random)));
    }

    /** The device's key: the shared one, or its own sum of pool points. Safe to call from several threads. */
    SubjectPublicKeyInfo forDevice(FleetDevicePlan device) {
        if (device.sharedKey()) {
            return shared;
        }
        int index = device.index();
        int low = index % POOL;
        int middle = index / POOL % POOL;
        int high = index / (POOL * POOL) % POOL;
        return info(pools[0][low].add(pools[1][middle]).add(pools[2][high]));
    }

    private static ECPoint randomPoint(SecureRandom random) {
        BigInteger n = P256.getN();
        BigInteger scalar;
        do {
            scalar = new BigInteger(n.bitLength(), random);
        } while (scalar.signum() == 0 || scalar.compareTo(n) >= 0);
        return P256.getG().multiply(scalar).normalize();
    }

    private static SubjectPublicKeyInfo info(ECPoint point) {
        return new SubjectPublicKeyInfo(EC_P256, point.getEncoded(false));
    }
}
