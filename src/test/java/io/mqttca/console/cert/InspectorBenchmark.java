package io.mqttca.console.cert;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Measures how many certificates per second {@link CertificateInspector} reads from a large PEM bundle, in
 * process, after warm-up. Not a unit test (surefire skips *Benchmark classes); run it with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.mqttca.console.cert.InspectorBenchmark [-Dexec.args=bundle.pem]}.
 *
 * <p>Without an argument it makes a bundle of 10,000 certificates like the ones the console meets (device and
 * server certificates under an RSA and an EC CA, with SANs, key usages and key identifiers; RSA 2048, P-256,
 * P-384 and Ed25519 keys; one in fifty a self-signed CA whose signature is verified) and writes it to
 * {@code target/inspector-benchmark-bundle.pem}, which the process timing of {@code inspect} reuses.
 */
public final class InspectorBenchmark {

    private static final int CERTIFICATES = 10_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 7;

    private InspectorBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path bundle = args.length > 0 ? Path.of(args[0]) : Path.of("target", "inspector-benchmark-bundle.pem");
        if (args.length == 0) {
            long start = System.nanoTime();
            Files.createDirectories(bundle.toAbsolutePath().getParent());
            Files.writeString(bundle, makeBundle(CERTIFICATES), StandardCharsets.US_ASCII);
            System.out.printf(Locale.ROOT, "Wrote %s (%d certificates) in %.1f s%n", bundle, CERTIFICATES,
                (System.nanoTime() - start) / 1e9);
        }
        byte[] data = Files.readAllBytes(bundle);
        CertificateInspector inspector = new CertificateInspector();
        InspectionResult result = null;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            result = inspector.inspect(data, bundle.toString());
        }
        double[] rates = new double[MEASURED_ROUNDS];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long start = System.nanoTime();
            result = inspector.inspect(data, bundle.toString());
            rates[i] = result.certificates().size() / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%s: %d certificates, %d errors, %d processors%n", bundle,
            result.certificates().size(), result.errors().size(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "Inspector: median %.0f certificates/s (best %.0f, worst %.0f) over %d rounds%n",
            rates[MEASURED_ROUNDS / 2], rates[MEASURED_ROUNDS - 1], rates[0], MEASURED_ROUNDS);
    }

    /** A PEM bundle of {@code count} varied certificates. */
    static String makeBundle(int count) {
        KeyPair rsaCa = TestCertificates.rsa2048();
        KeyPair ecCa = TestCertificates.ecP256();
        KeyPair[] subjects = {
            TestCertificates.another("RSA", 2048, null), TestCertificates.another("EC", 0, "secp256r1"),
            TestCertificates.ecP384(), TestCertificates.ed25519(),
        };
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            TestCertificates.Builder builder = TestCertificates.certificate()
                .serial(new BigInteger(1, serial(i + 1)))
                .validity(start.plus(i % 365, ChronoUnit.DAYS), start.plus(365 + i % 3650, ChronoUnit.DAYS));
            if (i % 50 == 0) {
                return builder.subject("CN=Benchmark Root " + i + ",O=MQTT CA Console,C=CN")
                    .keyPair(i % 100 == 0 ? rsaCa : ecCa).ca(i % 3 == 0 ? null : 1)
                    .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign).pem();
            }
            boolean rsaIssuer = i % 2 == 0;
            return builder.subject("CN=device-" + i + ".mqtt.example.com,OU=Devices,O=Example 示例,C=CN")
                .keyPair(subjects[i % subjects.length])
                .issuer(rsaIssuer ? "CN=Benchmark RSA CA,O=MQTT CA Console,C=CN"
                    : "CN=Benchmark EC CA,O=MQTT CA Console,C=CN", rsaIssuer ? rsaCa : ecCa)
                .keyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                .extendedKeyUsage(KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_serverAuth)
                .alternativeName(GeneralName.dNSName, "device-" + i + ".mqtt.example.com")
                .alternativeName(GeneralName.iPAddress, "10.0." + (i / 250 % 256) + "." + (i % 250))
                .pem();
        }).collect(Collectors.joining());
    }

    /** 16 bytes that differ for every certificate and often have the top bit set. */
    private static byte[] serial(int i) {
        byte[] serial = new byte[16];
        long mixed = i * 0x9E3779B97F4A7C15L;
        for (int b = 0; b < 8; b++) {
            serial[b] = (byte) (mixed >>> (8 * b));
            serial[15 - b] = (byte) (i >>> (b % 4 * 8));
        }
        return serial;
    }
}
