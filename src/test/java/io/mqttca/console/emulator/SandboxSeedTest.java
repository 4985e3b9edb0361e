package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo data of a new database, and the bulk CAs for load tests. */
class SandboxSeedTest {

    @TempDir
    Path dataDirectory;

    private Instant seededAt;
    private Map<String, CaCertificateRecord> casByName;
    private String registerCode;

    @BeforeEach
    void seed() {
        seededAt = Instant.now();
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 2)) {
            SandboxSeed.seed(store, seededAt);
            casByName = store.listCas(PLATINUM_INSTANCE_ID, 1, 100).items().stream()
                .collect(Collectors.toMap(CaCertificateRecord::name, Function.identity()));
            registerCode = store.findInstance(PLATINUM_INSTANCE_ID).orElseThrow().registerCode();
        }
    }

    private X509CertificateHolder certificate(String name) {
        return PemCertificates.firstCertificate(casByName.get(name).caPem()).orElseThrow();
    }

    private static ASN1ObjectIdentifier keyAlgorithm(X509CertificateHolder certificate) {
        return certificate.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm();
    }

    @Test
    void theDemoInstanceHoldsSixCasCoveringTheStatesOperatorsMeet() {
        assertEquals(Set.of("prod-root-rsa", "legacy-root-inactive", "edge-expiring-soon", "old-root-expired",
            "staging-ec", "east-china-prod-root"), casByName.keySet());

        CaCertificateRecord prod = casByName.get("prod-root-rsa");
        assertTrue(prod.active() && prod.validBegin().isBefore(seededAt) && prod.validEnd().isAfter(seededAt));
        assertEquals(new ASN1ObjectIdentifier("1.2.840.113549.1.1.1"), keyAlgorithm(certificate("prod-root-rsa")));

        assertFalse(casByName.get("legacy-root-inactive").active());

        CaCertificateRecord expiring = casByName.get("edge-expiring-soon");
        assertTrue(expiring.validEnd().isAfter(seededAt)
            && expiring.validEnd().isBefore(seededAt.plus(Duration.ofDays(14))));

        assertTrue(casByName.get("old-root-expired").validEnd().isBefore(seededAt));

        AlgorithmIdentifier staging = certificate("staging-ec").getSubjectPublicKeyInfo().getAlgorithm();
        assertEquals(X9ObjectIdentifiers.id_ecPublicKey, staging.getAlgorithm());
        assertEquals(SECObjectIdentifiers.secp256r1, staging.getParameters());

        X509CertificateHolder chinese = certificate("east-china-prod-root");
        assertEquals("华东生产环境根CA",
            IETFUtils.valueToString(chinese.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue()));
        assertEquals("示例科技有限公司",
            IETFUtils.valueToString(chinese.getSubject().getRDNs(BCStyle.O)[0].getFirst().getValue()));
    }

    @Test
    void everySeededCaWouldPassRegistrationAndItsSnIsItsSerialInHex() {
        for (CaCertificateRecord ca : casByName.values()) {
            CaRegistrationCheck.Accepted accepted =
                CaRegistrationCheck.check(ca.caPem(), ca.verificationPem(), registerCode);
            assertEquals(ca.sn(), accepted.sn(), ca.name());
            assertEquals(registerCode, ca.registrationCode());
        }
        assertTrue(casByName.get("prod-root-rsa").sn().startsWith("00"), "top bit set gives a 00 sign byte");
    }

    @Test
    void devicesSitUnderTwoCasWithOneInactiveEachAndAreIssuedByThem() throws Exception {
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 2)) {
            List<DeviceCertificateRecord> devices = store.listDevices(PLATINUM_INSTANCE_ID, 1, 100).items();
            Map<String, List<DeviceCertificateRecord>> byCa = devices.stream()
                .collect(Collectors.groupingBy(DeviceCertificateRecord::caSn));
            assertEquals(Set.of(SandboxSeed.PROD_ROOT_RSA_SN, SandboxSeed.STAGING_EC_SN), byCa.keySet());
            for (List<DeviceCertificateRecord> underOneCa : byCa.values()) {
                assertTrue(underOneCa.size() >= 2);
                assertEquals(1, underOneCa.stream().filter(device -> !device.active()).count());
            }
            for (DeviceCertificateRecord device : devices) {
                X509CertificateHolder certificate = PemCertificates.firstCertificate(device.devicePem())
                    .orElseThrow();
                X509CertificateHolder issuer = PemCertificates.firstCertificate(
                    store.findCa(PLATINUM_INSTANCE_ID, device.caSn()).orElseThrow().caPem()).orElseThrow();
                assertTrue(certificate.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build(issuer.getSubjectPublicKeyInfo())));
                assertEquals(SerialNumbers.sn(certificate.getSerialNumber()), device.deviceSn());
                assertEquals(device.deviceName(), IETFUtils.valueToString(
                    certificate.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue()));
            }
        }
    }

    @Test
    void theOtherInstancesAreABasicOneAndOneOfAnotherAccount() {
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 2)) {
            InstanceRecord basic = store.findInstance(SandboxSeed.BASIC_INSTANCE_ID).orElseThrow();
            assertEquals(InstanceRecord.TYPE_BASIC, basic.instanceType());
            assertEquals(SandboxSeed.DEMO_ACCOUNT_ID, basic.accountId());
            InstanceRecord other = store.findInstance(SandboxSeed.OTHER_ACCOUNT_INSTANCE_ID).orElseThrow();
            assertEquals(SandboxSeed.OTHER_ACCOUNT_ID, other.accountId());
            assertTrue(other.supportsCertificates());
            assertEquals(InstanceRecord.TYPE_PLATINUM,
                store.findInstance(PLATINUM_INSTANCE_ID).orElseThrow().instanceType());
            assertTrue(store.findAccessKey(SandboxSeed.READ_ONLY_KEY_ID).orElseThrow().readOnly());
            assertFalse(store.findAccessKey(SandboxSeed.DEMO_KEY_ID).orElseThrow().readOnly());
            assertEquals(SandboxSeed.OTHER_ACCOUNT_ID,
                store.findAccessKey(SandboxSeed.OTHER_KEY_ID).orElseThrow().accountId());
        }
    }

    @Test
    void bulkCasAreInactiveDistinctAndSortAfterTheSeededOnes() {
        Path bulkDirectory = dataDirectory.resolve("bulk");
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(bulkDirectory).withSeedCas(25))) {
            Page<CaCertificateRecord> page = emulator.store().listCas(PLATINUM_INSTANCE_ID, 1, 100);
            assertEquals(31, page.total());
            List<CaCertificateRecord> bulk = page.items().subList(6, 31);
            Set<String> sns = new HashSet<>();
            for (int i = 0; i < bulk.size(); i++) {
                CaCertificateRecord ca = bulk.get(i);
                assertEquals(String.format("bulk-ca-%05d", i + 7), ca.name());
                assertFalse(ca.active());
                assertTrue(sns.add(ca.sn()));
                assertEquals(ca.sn(), CaRegistrationCheck.check(ca.caPem(), ca.verificationPem(),
                    ca.registrationCode()).sn());
            }
        }
        try (Emulator again = Emulator.start(EmulatorConfig.defaults(bulkDirectory).withSeedCas(5))) {
            Page<CaCertificateRecord> page = again.store().listCas(PLATINUM_INSTANCE_ID, 1, 100);
            assertEquals(36, page.total());
            assertEquals("bulk-ca-00036", page.items().get(35).name());
        }
    }

    @Test
    void snIsTheSerialsDerIntegerBytesInLowerCaseHex() {
        assertEquals("00f26900ba87", SerialNumbers.sn(new BigInteger("f26900ba87", 16)));
        assertEquals("7269004887", SerialNumbers.sn(new BigInteger("7269004887", 16)));
        assertEquals("01", SerialNumbers.sn(BigInteger.ONE));
    }

    @Test
    void registerCodesAreAUuidFollowedByFourDigits() {
        assertTrue(SandboxSeed.registerCode()
            .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\d{4}"));
    }
}
