package io.mqttca.console.emulator;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * {@code --seed-devices N}: fills {@code prod-root-rsa} of {@code post-cn-sandbox01} up to N fleet device
 * certificates ({@code device-000001} ...), each signed by that CA's key, which the sandbox seed kept for this
 * (decision 0009); the spread of states is {@link FleetDevicePlan}'s. Devices are numbered, and a run starts after
 * the highest number present, so a repeated run adds nothing and an interrupted one resumes. Certificates are
 * signed on one thread per processor in chunks of {@value #CHUNK}; the calling thread writes each chunk, in order,
 * as one transaction while the next are signed.
 */
public final class DeviceFleetSeed {

    /** The most devices one sandbox takes (their keys stay distinct up to here). */
    public static final int MAX_DEVICES = 1_000_000;
    /** The CA the fleet is issued by. */
    public static final String CA_NAME = "prod-root-rsa";

    static final int CHUNK = 1_000;

    private DeviceFleetSeed() {
    }

    /**
     * Adds fleet devices until there are {@code target}, with validity relative to {@code now}.
     *
     * @throws SeedException when the CA or its kept key is not in this database
     */
    public static DeviceSeedResult seedUpTo(EmulatorStore store, int target, Instant now) {
        if (target < 0 || target > MAX_DEVICES) {
            throw new IllegalArgumentException("target must be between 0 and " + MAX_DEVICES + ": " + target);
        }
        long start = System.nanoTime();
        String instanceId = SandboxSeed.PLATINUM_INSTANCE_ID;
        String caSn = SandboxSeed.PROD_ROOT_RSA_SN;
        CaCertificateRecord ca = store.findCa(instanceId, caSn).orElseThrow(() -> new SeedException("The sandbox CA "
            + CA_NAME + " (Sn " + caSn + ") is no longer on " + instanceId + ", so no devices can be seeded under it;"
            + " seed devices into a new data directory (--data)."));
        int already = store.highestDeviceSn(instanceId, caSn, FleetDevicePlan.SN_PREFIX)
            .map(FleetDevicePlan::indexOf).orElse(0);
        if (already >= target) {
            return new DeviceSeedResult(0, already, Duration.ofNanos(System.nanoTime() - start));
        }
        PrivateKey caKey = caKey(store, instanceId, caSn);
        X509CertificateHolder caCertificate = PemCertificates.firstCertificate(ca.caPem()).orElseThrow(() ->
            new SeedException("The stored certificate of " + CA_NAME + " cannot be read."));
        FleetPublicKeys keys = FleetPublicKeys.generate(new SecureRandom());
        int threads = Runtime.getRuntime().availableProcessors();
        ThreadLocal<FleetCertificateIssuer> issuers =
            ThreadLocal.withInitial(() -> new FleetCertificateIssuer(ca, caCertificate, caKey));
        Instant caNotAfter = ca.validEnd();
        ExecutorService signers = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<StoreBatch>> inFlight = new ArrayDeque<>();
            int next = already + 1;
            while (next <= target || !inFlight.isEmpty()) {
                while (next <= target && inFlight.size() < 2 * threads) {
                    int from = next;
                    int to = Math.min(target, from + CHUNK - 1);
                    inFlight.add(signers.submit(() -> chunk(from, to, now, caNotAfter, keys, issuers.get())));
                    next = to + 1;
                }
                store.insert(inFlight.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("Seeding device certificates was interrupted; the next start resumes it.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new SeedException("Issuing a device certificate failed"
                + (cause.getMessage() == null ? "." : ": " + cause.getMessage()), cause);
        } finally {
            signers.shutdownNow();
        }
        return new DeviceSeedResult(target - already, already, Duration.ofNanos(System.nanoTime() - start));
    }

    private static StoreBatch chunk(int from, int to, Instant now, Instant caNotAfter, FleetPublicKeys keys,
                                    FleetCertificateIssuer issuer) {
        StoreBatch batch = new StoreBatch();
        for (int index = from; index <= to; index++) {
            FleetDevicePlan device = FleetDevicePlan.of(index, now, caNotAfter);
            batch.deviceCertificate(issuer.issue(device, keys.forDevice(device), now));
        }
        return batch;
    }

    private static PrivateKey caKey(EmulatorStore store, String instanceId, String caSn) {
        byte[] pkcs8 = store.fixtureKey(instanceId, caSn).orElseThrow(() -> new SeedException("This sandbox"
            + " database was made before device seeding existed and keeps no key for " + CA_NAME + "; seed devices"
            + " into a new data directory (--data), or delete this one to start afresh."));
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new SeedException("The kept key of " + CA_NAME + " cannot be read.", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "emulator-device-seed-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
