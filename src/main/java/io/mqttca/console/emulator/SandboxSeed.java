package io.mqttca.console.emulator;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The demo data a new emulator database starts with, made with BouncyCastle at seed time: a demo account with a
 * full-access and a read-only key; the Platinum instance {@code post-cn-sandbox01} with six CA certificates
 * covering the states an operator meets (active RSA, inactive, expiring within 14 days, expired, EC P-256,
 * Chinese subject) and device certificates under two of them; a Basic instance {@code post-cn-sandbox02}; and
 * an instance of a second account. Serial numbers are fixed so the Sn values are the same in every sandbox;
 * keys and thus PEM contents differ. The private key of {@code prod-root-rsa}, a CA that exists only in this
 * sandbox, is kept in the store so that {@link DeviceFleetSeed} can issue devices under it on a later start
 * (decision 0009); every other key lives only in memory. {@link #addBulkCas} adds many inactive CAs for load tests.
 */
public final class SandboxSeed {

    public static final String DEMO_ACCOUNT_ID = "1000000000000001";
    public static final String OTHER_ACCOUNT_ID = "1000000000000002";
    public static final String DEMO_KEY_ID = "sandbox-demo-key";
    public static final String DEMO_KEY_SECRET = "sandbox-demo-secret";
    public static final String READ_ONLY_KEY_ID = "sandbox-readonly-key";
    public static final String READ_ONLY_KEY_SECRET = "sandbox-readonly-secret";
    public static final String OTHER_KEY_ID = "other-account-key";
    public static final String OTHER_KEY_SECRET = "other-account-secret";

    public static final String REGION_ID = "cn-hangzhou";
    public static final String PLATINUM_INSTANCE_ID = "post-cn-sandbox01";
    public static final String BASIC_INSTANCE_ID = "post-cn-sandbox02";
    public static final String OTHER_ACCOUNT_INSTANCE_ID = "post-cn-otheraccount";

    /** Sn of {@code prod-root-rsa}: active, valid, RSA 2048; serial with its top bit set, hence the leading 00. */
    public static final String PROD_ROOT_RSA_SN = "00f26900ba87a1c3d5";
    /** Sn of {@code legacy-root-inactive}: inactive (status 0), valid. */
    public static final String LEGACY_INACTIVE_SN = "7269004887e1f0a2";
    /** Sn of {@code edge-expiring-soon}: active, notAfter 10 days after the seed. */
    public static final String EXPIRING_SOON_SN = "1a2b3c4d5e6f7081";
    /** Sn of {@code old-root-expired}: still active, expired 30 days before the seed. */
    public static final String EXPIRED_SN = "0e0e0e0e0e0e0e01";
    /** Sn of {@code staging-ec}: active, valid, EC P-256. */
    public static final String STAGING_EC_SN = "5eed00000000ec01";
    /** Sn of {@code east-china-prod-root}: active, subject CN=华东生产环境根CA, O=示例科技有限公司. */
    public static final String CHINESE_SUBJECT_SN = "00c8e1d2c3b4a59687";
    /** Sn of the CA on the other account's instance. */
    public static final String OTHER_ACCOUNT_CA_SN = "0a0b0c0d0e0f0001";

    private static final Duration DAY = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SandboxSeed() {
    }

    /** Writes the demo data in one transaction, together with the store's seed marker. */
    public static void seed(EmulatorStore store, Instant now) {
        KeyPair rsa = CertificateMint.rsaKeyPair(2048);
        KeyPair deviceKey = CertificateMint.ecKeyPair();
        String platinumCode = registerCode();
        String otherCode = registerCode();
        StoreBatch batch = new StoreBatch()
            .account(new AccountRecord(DEMO_ACCOUNT_ID, "Sandbox demo account"))
            .account(new AccountRecord(OTHER_ACCOUNT_ID, "Another account"))
            .accessKey(EmulatorAccessKey.fullAccess(DEMO_KEY_ID, DEMO_KEY_SECRET, DEMO_ACCOUNT_ID))
            .accessKey(new EmulatorAccessKey(READ_ONLY_KEY_ID, READ_ONLY_KEY_SECRET, DEMO_ACCOUNT_ID, true, null))
            .accessKey(EmulatorAccessKey.fullAccess(OTHER_KEY_ID, OTHER_KEY_SECRET, OTHER_ACCOUNT_ID))
            .instance(instance(PLATINUM_INSTANCE_ID, DEMO_ACCOUNT_ID, "sandbox-platinum",
                InstanceRecord.TYPE_PLATINUM, "", "245949616640001", platinumCode, now,
                Map.of("env", "sandbox", "team", "iot")))
            .instance(instance(BASIC_INSTANCE_ID, DEMO_ACCOUNT_ID, "sandbox-basic", InstanceRecord.TYPE_BASIC, "",
                "245949616640002", registerCode(), now, Map.of("env", "sandbox")))
            .instance(instance(OTHER_ACCOUNT_INSTANCE_ID, OTHER_ACCOUNT_ID, "other-professional",
                InstanceRecord.TYPE_PROFESSIONAL, "mqtt.p2.1xlarge", "245949616640003", otherCode, now, Map.of()));

        SeedCa prodRoot = new SeedCa(PLATINUM_INSTANCE_ID, platinumCode, "prod-root-rsa", PROD_ROOT_RSA_SN,
            "CN=Sandbox Production Root RSA,O=Example IoT Ltd,C=CN", rsa, true,
            now.minus(DAY.multipliedBy(365)), now.plus(DAY.multipliedBy(5 * 365)), now.minus(DAY.multipliedBy(60)));
        SeedCa staging = new SeedCa(PLATINUM_INSTANCE_ID, platinumCode, "staging-ec", STAGING_EC_SN,
            "CN=Sandbox Staging EC,O=Example IoT Ltd,C=CN", CertificateMint.ecKeyPair(), true,
            now.minus(DAY.multipliedBy(90)), now.plus(DAY.multipliedBy(2 * 365)), now.minus(DAY.multipliedBy(20)));
        prodRoot.addTo(batch);
        batch.fixtureKey(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN, rsa.getPrivate().getEncoded());
        new SeedCa(PLATINUM_INSTANCE_ID, platinumCode, "legacy-root-inactive", LEGACY_INACTIVE_SN,
            "CN=Sandbox Legacy Root,O=Example IoT Ltd,C=CN", CertificateMint.ecKeyPair(), false,
            now.minus(DAY.multipliedBy(700)), now.plus(DAY.multipliedBy(400)), now.minus(DAY.multipliedBy(50)))
            .addTo(batch);
        new SeedCa(PLATINUM_INSTANCE_ID, platinumCode, "edge-expiring-soon", EXPIRING_SOON_SN,
            "CN=Sandbox Edge Gateway CA,O=Example IoT Ltd,C=CN", CertificateMint.ecKeyPair(), true,
            now.minus(DAY.multipliedBy(355)), now.plus(DAY.multipliedBy(10)), now.minus(DAY.multipliedBy(40)))
            .addTo(batch);
        new SeedCa(PLATINUM_INSTANCE_ID, platinumCode, "old-root-expired", EXPIRED_SN,
            "CN=Sandbox Old Root,O=Example IoT Ltd,C=CN", CertificateMint.ecKeyPair(), true,
            now.minus(DAY.multipliedBy(3 * 365)), now.minus(DAY.multipliedBy(30)), now.minus(DAY.multipliedBy(30)))
            .addTo(batch);
        staging.addTo(batch);
        new SeedCa(PLATINUM_INSTANCE_ID, platinumCode, "east-china-prod-root", CHINESE_SUBJECT_SN,
            "CN=华东生产环境根CA,O=示例科技有限公司,C=CN", CertificateMint.ecKeyPair(), true,
            now.minus(DAY.multipliedBy(30)), now.plus(DAY.multipliedBy(10 * 365)), now.minus(DAY.multipliedBy(10)))
            .addTo(batch);
        new SeedCa(OTHER_ACCOUNT_INSTANCE_ID, otherCode, "other-root", OTHER_ACCOUNT_CA_SN,
            "CN=Other Account Root,O=Another Company,C=CN", CertificateMint.ecKeyPair(), true,
            now.minus(DAY.multipliedBy(30)), now.plus(DAY.multipliedBy(365)), now.minus(DAY.multipliedBy(5)))
            .addTo(batch);

        String[] prodDevices = {"sensor-0001", "sensor-0002", "gateway-0001"};
        for (int i = 0; i < prodDevices.length; i++) {
            batch.deviceCertificate(prodRoot.device(prodDevices[i], new BigInteger("3562173744330" + (i + 1)),
                i < 2, deviceKey, now.minus(DAY.multipliedBy(15L - i))));
        }
        String[] stagingDevices = {"staging-device-01", "staging-device-02"};
        for (int i = 0; i < stagingDevices.length; i++) {
            batch.deviceCertificate(staging.device(stagingDevices[i],
                new BigInteger("5eedde0100" + (i + 1), 16), i == 0, deviceKey, now.minus(DAY.multipliedBy(5L - i))));
        }
        store.insert(EmulatorStore.markSeeded(batch, now));
    }

    /**
     * Adds {@code count} inactive CA certificates named {@code bulk-ca-NNNNN} to {@code post-cn-sandbox01} in one
     * transaction, for load tests. Each has its own random serial and subject; to keep 10,000 within seconds they
     * share one EC key pair and one verification certificate (signed by that key, so it verifies against every
     * one of them; its issuer name is the first bulk CA's). They sort after the seeded CAs.
     */
    public static void addBulkCas(EmulatorStore store, int count, Instant now) {
        InstanceRecord instance = store.findInstance(PLATINUM_INSTANCE_ID).orElseThrow(() ->
            new IllegalStateException("The sandbox instance " + PLATINUM_INSTANCE_ID + " is missing"));
        int existing = store.countCas(PLATINUM_INSTANCE_ID);
        KeyPair key = CertificateMint.ecKeyPair();
        StoreBatch batch = new StoreBatch();
        String sharedVerification = null;
        for (int i = 1; i <= count; i++) {
            String name = String.format(Locale.ROOT, "bulk-ca-%05d", existing + i);
            BigInteger serial = new BigInteger(63, RANDOM).shiftLeft(24).or(BigInteger.valueOf(i));
            SeedCa ca = new SeedCa(PLATINUM_INSTANCE_ID, instance.registerCode(), name, SerialNumbers.sn(serial),
                "CN=Sandbox Bulk CA " + (existing + i) + ",O=Example IoT Ltd,C=CN", key, false,
                now.minus(DAY), now.plus(DAY.multipliedBy(365)), now.plusMillis(i));
            if (sharedVerification == null) {
                sharedVerification = ca.verificationPem();
            }
            batch.caCertificate(ca.record(sharedVerification));
        }
        store.insert(batch);
    }

    /** A registration code in the documented form: a UUID followed by four digits. */
    static String registerCode() {
        return UUID.randomUUID() + String.format(Locale.ROOT, "%04d", RANDOM.nextInt(10_000));
    }

    private static InstanceRecord instance(String id, String accountId, String name, int type, String spec,
                                           String orderId, String registerCode, Instant now,
                                           Map<String, String> tags) {
        return new InstanceRecord(id, accountId, REGION_ID, name, type, InstanceRecord.STATUS_IN_SERVICE, spec,
            "V3.3.0", orderId, now.minus(DAY.multipliedBy(400)),
            now.plus(DAY.multipliedBy(365)), registerCode, tags);
    }

    /** One seeded CA: its certificate, a verification certificate with the instance code, and issued devices. */
    private static final class SeedCa {

        private final String instanceId;
        private final String registerCode;
        private final String name;
        private final String sn;
        private final KeyPair keyPair;
        private final boolean active;
        private final Instant registeredAt;
        private final X509CertificateHolder certificate;

        SeedCa(String instanceId, String registerCode, String name, String sn, String subject, KeyPair keyPair,
               boolean active, Instant notBefore, Instant notAfter, Instant registeredAt) {
            this.instanceId = instanceId;
            this.registerCode = registerCode;
            this.name = name;
            this.sn = sn;
            this.keyPair = keyPair;
            this.active = active;
            this.registeredAt = registeredAt;
            this.certificate = CertificateMint.selfSignedCa(new X500Name(subject), new BigInteger(sn, 16),
                notBefore, notAfter, keyPair);
        }

        void addTo(StoreBatch batch) {
            batch.caCertificate(record(verificationPem()));
        }

        /** A verification certificate as an operator would make it: CN = registration code, signed by the CA. */
        String verificationPem() {
            return PemCertificates.toPem(CertificateMint.issue(certificate, keyPair.getPrivate(),
                new X500Name("CN=" + registerCode), new BigInteger(sn + "01", 16), registeredAt.minus(DAY),
                registeredAt.plus(DAY.multipliedBy(300)), keyPair.getPublic(), false));
        }

        CaCertificateRecord record(String verificationPem) {
            return new CaCertificateRecord(instanceId, sn, name, active, PemCertificates.toPem(certificate),
                verificationPem, registerCode, certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), registeredAt);
        }

        DeviceCertificateRecord device(String deviceName, BigInteger serial, boolean deviceActive, KeyPair deviceKey,
                                       Instant at) {
            X509CertificateHolder device = CertificateMint.issue(certificate, keyPair.getPrivate(),
                new X500Name("CN=" + deviceName + ",O=Example IoT Ltd"), serial, at.minus(DAY),
                at.plus(DAY.multipliedBy(365)), deviceKey.getPublic(), false);
            return new DeviceCertificateRecord(instanceId, SerialNumbers.sn(serial), sn, deviceName, deviceActive,
                PemCertificates.toPem(device), device.getNotBefore().toInstant(), device.getNotAfter().toInstant(),
                at);
        }
    }
}
