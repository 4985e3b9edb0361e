package io.mqttca.console.emulator;

import static io.mqttca.console.emulator.SandboxSeed.PLATINUM_INSTANCE_ID;
import static io.mqttca.console.emulator.SandboxSeed.PROD_ROOT_RSA_SN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet seed of {@code --seed-devices}: 2,000 devices made once for the class, then counted from the
 * certificates themselves (not from the plan), so a change of the spread shows here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceFleetSeedTest {

    private static final int DEVICES = 2_000;

    @TempDir
    static Path dataDirectory;

    private Instant now;
    private DeviceSeedResult result;
    private CaCertificateRecord ca;
    private List<DeviceCertificateRecord> fleet;
    private Map<DeviceCertificateRecord, X509CertificateHolder> certificates;

    @BeforeAll
    void seedTwoThousandDevices() {
        now = Instant.now();
        try (EmulatorStore store = EmulatorStore.open(dataDirectory, 2)) {
            SandboxSeed.seed(store, now);
            result = DeviceFleetSeed.seedUpTo(store, DEVICES, now);
            ca = store.findCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN).orElseThrow();
            fleet = new ArrayList<>();
            for (int page = 1; page <= DEVICES / 100 + 1; page++) {
                store.listDevicesByCa(PLATINUM_INSTANCE_ID, PROD_ROOT_RSA_SN, page, 100).items().stream()
                    .filter(device -> device.deviceName().startsWith("device-")).forEach(fleet::add);
            }
        }
        certificates = fleet.stream().collect(Collectors.toMap(Function.identity(),
            device -> PemCertificates.firstCertificate(device.devicePem()).orElseThrow()));
    }

    private long count(Predicate<DeviceCertificateRecord> condition) {
        return fleet.stream().filter(condition).count();
    }

    private X509CertificateHolder certificate(DeviceCertificateRecord device) {
        return certificates.get(device);
    }

    private Set<KeyPurposeId> purposes(DeviceCertificateRecord device) {
        ExtendedKeyUsage usage = ExtendedKeyUsage.fromExtensions(certificate(device).getExtensions());
        assertNotNull(usage, device.deviceName());
        return Set.of(usage.getUsages());
    }

    @Test
    void addsTheAskedNumberOfNumberedDevicesAfterTheDemoOnes() {
        assertEquals(DEVICES, result.added());
        assertEquals(0, result.already());
        assertEquals(DEVICES, fleet.size());
        for (int i = 0; i < DEVICES; i++) {
            assertEquals(String.format("device-%06d", i + 1), fleet.get(i).deviceName());
        }
    }

    @Test
    void everyDeviceCertificateVerifiesWithTheCasPublicKey() throws Exception {
        X509CertificateHolder caCertificate = PemCertificates.firstCertificate(ca.caPem()).orElseThrow();
        ContentVerifierProvider caKey = new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER)
            .build(caCertificate.getSubjectPublicKeyInfo());
        for (DeviceCertificateRecord device : fleet) {
            X509CertificateHolder certificate = certificate(device);
            assertTrue(certificate.isSignatureValid(caKey), device.deviceName());
            assertEquals(caCertificate.getSubject(), certificate.getIssuer());
        }
    }

    @Test
    void subjectIsTheDeviceNameWithTheCasOrganisationSnIsTheSerialAndPemIsTheUsualForm() {
        Set<String> sns = new HashSet<>();
        for (DeviceCertificateRecord device : fleet) {
            X509CertificateHolder certificate = certificate(device);
            assertEquals(device.deviceName(),
                IETFUtils.valueToString(certificate.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue()));
            assertEquals("Example IoT Ltd",
                IETFUtils.valueToString(certificate.getSubject().getRDNs(BCStyle.O)[0].getFirst().getValue()));
            assertEquals(1, certificate.getSerialNumber().signum());
            assertEquals(SerialNumbers.sn(certificate.getSerialNumber()), device.deviceSn());
            assertTrue(device.deviceSn().matches("[0-9a-f]+"), device.deviceSn());
            assertTrue(sns.add(device.deviceSn()), device.deviceSn());
            assertEquals(certificate.getNotBefore().toInstant(), device.validBegin());
            assertEquals(certificate.getNotAfter().toInstant(), device.validEnd());
            assertEquals(PemCertificates.toPem(certificate), device.devicePem());
        }
    }

    @Test
    void keysAreEcP256AndCertificatesAreEndEntitiesForDigitalSignature() {
        for (DeviceCertificateRecord device : fleet) {
            X509CertificateHolder certificate = certificate(device);
            assertEquals(X9ObjectIdentifiers.id_ecPublicKey,
                certificate.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm());
            assertEquals(SECObjectIdentifiers.secp256r1,
                certificate.getSubjectPublicKeyInfo().getAlgorithm().getParameters());
            assertFalse(BasicConstraints.fromExtensions(certificate.getExtensions()).isCA());
            assertTrue(certificate.getExtension(Extension.keyUsage).isCritical());
            assertTrue(KeyUsage.fromExtensions(certificate.getExtensions()).hasUsages(KeyUsage.digitalSignature));
        }
    }

    @Test
    void onePerHundredIsExpiredButStillActive() {
        assertEquals(20, count(device -> device.validEnd().isBefore(now) && device.active()));
        assertEquals(20, count(device -> device.validEnd().isBefore(now)));
    }

    @Test
    void twoPerHundredExpireWithinThirtyDays() {
        assertEquals(40, count(device -> device.validEnd().isAfter(now)
            && !device.validEnd().isAfter(now.plus(Duration.ofDays(30)))));
    }

    @Test
    void onePerHundredOutlivesItsCa() {
        assertEquals(20, count(device -> device.validEnd().isAfter(ca.validEnd())));
    }

    @Test
    void theRestAreValidForOneToThreeYears() {
        long ordinary = count(device -> {
            Duration validity = Duration.between(device.validBegin(), device.validEnd());
            return device.validEnd().isAfter(now.plus(Duration.ofDays(30))) && !device.validEnd().isAfter(ca.validEnd())
                && validity.compareTo(Duration.ofDays(365)) >= 0 && validity.compareTo(Duration.ofDays(3 * 366)) <= 0;
        });
        assertEquals(DEVICES - 20 - 40 - 20, ordinary);
    }

    @Test
    void threePerHundredAreInactive() {
        assertEquals(60, count(device -> !device.active()));
    }

    @Test
    void onePerTwoHundredHasServerAuthInsteadOfClientAuth() {
        assertEquals(10, count(device -> !purposes(device).contains(KeyPurposeId.id_kp_clientAuth)));
        assertEquals(10, count(device -> purposes(device).equals(Set.of(KeyPurposeId.id_kp_serverAuth))));
        assertEquals(DEVICES - 10, count(device -> purposes(device).equals(Set.of(KeyPurposeId.id_kp_clientAuth))));
    }

    @Test
    void onlyTheSharedKeyGroupOfOnePerThousandSharesAKey() throws Exception {
        Map<String, List<String>> namesByKey = new HashMap<>();
        for (DeviceCertificateRecord device : fleet) {
            String key = HexFormat.of().formatHex(
                certificate(device).getSubjectPublicKeyInfo().getPublicKeyData().getBytes());
            namesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(device.deviceName());
        }
        List<List<String>> shared = namesByKey.values().stream().filter(names -> names.size() > 1).toList();
        assertEquals(List.of(List.of("device-000090", "device-001090")), shared);
        assertEquals(DEVICES - 1, namesByKey.size());
        assertEquals(DEVICES, namesByKey.values().stream().mapToInt(Collection::size).sum());
    }
}
