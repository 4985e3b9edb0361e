package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.text.BundlePair;
import io.mqttca.console.text.Text;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeviceChainCheckTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String CA_NAME = "CN=Fleet CA,O=Example,C=CN";
    private static final KeyPair CA_KEY = TestCertificates.ecP256();
    private static final KeyPair DEVICE_KEY = TestCertificates.another("EC", 0, "secp256r1");

    private static TestCertificates.Builder ca(String name, KeyPair key) {
        return TestCertificates.certificate().subject(name).keyPair(key).ca(0)
            .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
            .validity(NOW.minus(30, ChronoUnit.DAYS), NOW.plus(3650, ChronoUnit.DAYS));
    }

    private static final String CA = ca(CA_NAME, CA_KEY).pem();

    /** A device fit for TLS client authentication, valid for a year, issued by {@code CA}. */
    private static TestCertificates.Builder device() {
        return TestCertificates.certificate().subject("CN=device-001,O=Example").keyPair(DEVICE_KEY)
            .issuer(CA_NAME, CA_KEY).validity(NOW.minus(1, ChronoUnit.DAYS), NOW.plus(365, ChronoUnit.DAYS))
            .keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(KeyPurposeId.id_kp_clientAuth);
    }

    private static ChainCheckResult check(TestCertificates.Builder device) {
        return DeviceChainCheck.check(device.pem(), CA, NOW);
    }

    private static ChainFinding only(ChainCheckResult result, ChainCheckItem item) {
        List<ChainFinding> findings = result.findings(item);
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }

    @Test
    void aGoodDevicePassesEveryItemInOrder() {
        ChainCheckResult result = check(device());

        assertEquals(ChainVerdict.PASS, result.verdict(), result::toString);
        assertTrue(result.inputsReadable());
        assertEquals(List.of(ChainCheckItem.ISSUER, ChainCheckItem.SIGNATURE, ChainCheckItem.VALIDITY,
            ChainCheckItem.CLIENT_AUTH, ChainCheckItem.END_ENTITY),
            result.findings().stream().map(ChainFinding::item).toList());
        assertEquals("Fit for TLS client authentication: its key usage includes digitalSignature; its extended key "
            + "usage includes clientAuth.", only(result, ChainCheckItem.CLIENT_AUTH).message());
    }

    static Stream<Arguments> caAndDeviceKeys() {
        return Stream.of(
            Arguments.of("RSA CA, RSA device", TestCertificates.rsa2048(), TestCertificates.another("RSA", 2048, null)),
            Arguments.of("RSA CA, EC device", TestCertificates.rsa2048(), DEVICE_KEY),
            Arguments.of("EC P-256 CA, RSA device", CA_KEY, TestCertificates.rsa2048()),
            Arguments.of("EC P-384 CA, EC device", TestCertificates.ecP384(), DEVICE_KEY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caAndDeviceKeys")
    void theSignatureVerifiesWithRsaAndEcCas(String name, KeyPair caKey, KeyPair deviceKey) {
        String ca = ca(CA_NAME, caKey).pem();
        String device = device().keyPair(deviceKey).issuer(CA_NAME, caKey).pem();

        ChainCheckResult result = DeviceChainCheck.check(device, ca, NOW);

        assertEquals(ChainVerdict.PASS, result.verdict(), result::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caAndDeviceKeys")
    void aDeviceOfAnotherCaWithTheSameNameFailsTheSignature(String name, KeyPair caKey, KeyPair deviceKey) {
        String ca = ca(CA_NAME, caKey).pem();
        String device = device().keyPair(deviceKey).issuer(CA_NAME, TestCertificates.another("EC", 0, "secp384r1"))
            .pem();

        ChainCheckResult result = DeviceChainCheck.check(device, ca, NOW);

        assertEquals(ChainVerdict.PASS, result.verdictOf(ChainCheckItem.ISSUER));
        ChainFinding signature = only(result, ChainCheckItem.SIGNATURE);
        assertEquals(ChainVerdict.FAIL, signature.verdict());
        assertEquals("chain.signature.fail", signature.text().key());
        assertEquals(ChainVerdict.FAIL, result.verdict());
    }

    @Test
    void aDeviceOfAnotherIssuerFailsTheIssuerNamingBoth() {
        ChainFinding issuer = only(check(device().issuer("CN=Other CA,O=Example", CA_KEY)), ChainCheckItem.ISSUER);

        assertEquals(ChainVerdict.FAIL, issuer.verdict());
        assertEquals(List.of("CN=Other CA,O=Example", "CN=Fleet CA,O=Example,C=CN"), issuer.text().args());
        assertEquals("The device certificate was issued by CN=Other CA,O=Example, not by this CA "
            + "(CN=Fleet CA,O=Example,C=CN). Choose the CA that issued it.", issuer.message());
    }

    @Test
    void issuerNamesAreComparedAsNamesNotAsStrings() {
        ChainCheckResult result = check(device().issuer("CN=fleet ca,O=EXAMPLE,C=CN", CA_KEY));

        assertEquals(ChainVerdict.PASS, result.verdictOf(ChainCheckItem.ISSUER), result::toString);
    }

    @Test
    void aDeviceOutlivingItsCaWarnsWithTheDayCount() {
        Instant caEnd = NOW.plus(3650, ChronoUnit.DAYS);

        ChainFinding validity = only(check(device().validity(NOW.minus(1, ChronoUnit.DAYS),
            caEnd.plus(31, ChronoUnit.DAYS))), ChainCheckItem.VALIDITY);

        assertEquals(ChainVerdict.WARN, validity.verdict());
        assertEquals("chain.validity.outlivesCa", validity.text().key());
        assertEquals("31", validity.text().args().get(1));
        assertEquals("The device certificate outlives its CA by 31 days: it ends on 2036-06-29T12:00:00Z, the CA on "
            + "2036-05-29T12:00:00Z. Clients stop accepting it when the CA expires.", validity.message());
        assertTrue(validity.messageIn(CHINESE).contains("晚 31 天到期"), validity.messageIn(CHINESE));
    }

    @Test
    void outlivingByLessThanADayIsOneDayAndThousandsAreNotGrouped() {
        Instant caEnd = NOW.plus(3650, ChronoUnit.DAYS);
        ChainFinding hour = only(check(device().validity(NOW, caEnd.plus(1, ChronoUnit.HOURS))),
            ChainCheckItem.VALIDITY);
        ChainFinding years = only(check(device().validity(NOW, caEnd.plus(1200, ChronoUnit.DAYS))),
            ChainCheckItem.VALIDITY);

        assertTrue(hour.message().contains("outlives its CA by 1 day:"), hour.message());
        assertTrue(years.message().contains("outlives its CA by 1200 days:"), years.message());
    }

    @Test
    void aDeviceStartingBeforeItsCaWarns() {
        ChainFinding validity = only(check(device().validity(NOW.minus(60, ChronoUnit.DAYS),
            NOW.plus(10, ChronoUnit.DAYS))), ChainCheckItem.VALIDITY);

        assertEquals(ChainVerdict.WARN, validity.verdict());
        assertEquals("chain.validity.startsBeforeCa", validity.text().key());
    }

    @Test
    void anExpiredDeviceFails() {
        ChainCheckResult result = check(device().validity(NOW.minus(20, ChronoUnit.DAYS),
            NOW.minus(1, ChronoUnit.DAYS)));

        ChainFinding validity = only(result, ChainCheckItem.VALIDITY);
        assertEquals(ChainVerdict.FAIL, validity.verdict());
        assertEquals("The device certificate expired on 2026-05-31T12:00:00Z. Issue a new one.", validity.message());
        assertEquals(ChainVerdict.FAIL, result.verdict());
    }

    @Test
    void aDeviceNotYetValidFails() {
        ChainFinding validity = only(check(device().validity(NOW.plus(1, ChronoUnit.DAYS),
            NOW.plus(30, ChronoUnit.DAYS))), ChainCheckItem.VALIDITY);

        assertEquals(ChainVerdict.FAIL, validity.verdict());
        assertEquals("chain.validity.notYetValid", validity.text().key());
    }

    @Test
    void anExpiredDeviceOutlivingItsCaHasBothFindings() {
        String ca = ca(CA_NAME, CA_KEY).validity(NOW.minus(400, ChronoUnit.DAYS), NOW.minus(10, ChronoUnit.DAYS))
            .pem();
        String device = device().validity(NOW.minus(30, ChronoUnit.DAYS), NOW.minus(5, ChronoUnit.DAYS)).pem();

        ChainCheckResult result = DeviceChainCheck.check(device, ca, NOW);

        assertEquals(List.of("chain.validity.expired", "chain.validity.outlivesCa"),
            result.findings(ChainCheckItem.VALIDITY).stream().map(finding -> finding.text().key()).toList());
        assertEquals(ChainVerdict.FAIL, result.verdictOf(ChainCheckItem.VALIDITY));
    }

    @Test
    void aServerAuthOnlyDeviceFailsClientAuth() {
        TestCertificates.Builder serverOnly = TestCertificates.certificate().subject("CN=device-001")
            .keyPair(DEVICE_KEY).issuer(CA_NAME, CA_KEY).validity(NOW.minus(1, ChronoUnit.DAYS), NOW.plus(9,
                ChronoUnit.DAYS)).keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(KeyPurposeId.id_kp_serverAuth);

        ChainFinding clientAuth = only(check(serverOnly), ChainCheckItem.CLIENT_AUTH);

        assertEquals(ChainVerdict.FAIL, clientAuth.verdict());
        assertEquals("chain.clientAuth.extendedKeyUsage", clientAuth.text().key());
        assertEquals(List.of("serverAuth"), clientAuth.text().args());
    }

    @Test
    void keyUsageWithoutDigitalSignatureFailsClientAuth() {
        ChainFinding clientAuth = only(check(device().keyUsage(KeyUsage.keyEncipherment | KeyUsage.dataEncipherment)),
            ChainCheckItem.CLIENT_AUTH);

        assertEquals(ChainVerdict.FAIL, clientAuth.verdict());
        assertEquals("The device certificate's key usage (keyEncipherment, dataEncipherment) lacks digitalSignature, "
            + "which TLS client authentication needs: servers refuse it. Issue the device certificate again with "
            + "digitalSignature.", clientAuth.message());
    }

    @Test
    void anyExtendedKeyUsageAllowsClientAuth() {
        TestCertificates.Builder any = TestCertificates.certificate().subject("CN=device-001").keyPair(DEVICE_KEY)
            .issuer(CA_NAME, CA_KEY).validity(NOW, NOW.plus(9, ChronoUnit.DAYS))
            .extendedKeyUsage(KeyPurposeId.anyExtendedKeyUsage);

        ChainFinding clientAuth = only(check(any), ChainCheckItem.CLIENT_AUTH);

        assertEquals(ChainVerdict.PASS, clientAuth.verdict());
        assertEquals("Fit for TLS client authentication: it has no key usage extension, which allows every key use; "
            + "its extended key usage includes anyExtendedKeyUsage.", clientAuth.message());
    }

    @Test
    void aDeviceWithoutExtensionsPassesClientAuthAndSaysWhy() {
        ChainFinding clientAuth = only(check(device().version1()), ChainCheckItem.CLIENT_AUTH);

        assertEquals(ChainVerdict.PASS, clientAuth.verdict());
        assertEquals("Fit for TLS client authentication: it has no key usage extension, which allows every key use; "
            + "it has no extended key usage extension, which allows every purpose.", clientAuth.message());
    }

    @Test
    void aDeviceThatIsItselfACaWarns() {
        ChainCheckResult result = check(device().ca(null));

        assertEquals(ChainVerdict.WARN, only(result, ChainCheckItem.END_ENTITY).verdict());
        assertEquals(ChainVerdict.WARN, result.verdict());
    }

    @Test
    void readsTheDeviceUnderTheApisLabel() {
        String pem = TestCertificates.pemBlock("DEVICECERTIFICATE", device().der());

        assertEquals(ChainVerdict.PASS, DeviceChainCheck.check(pem, CA, NOW).verdict());
    }

    @Test
    void anUnreadableDeviceIsNamedAndNothingElseIsChecked() {
        ChainCheckResult result = DeviceChainCheck.check("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----",
            CA, NOW);

        ChainFinding device = only(result, ChainCheckItem.DEVICE_CERTIFICATE);
        assertEquals(List.of(device), result.findings());
        assertEquals(ChainVerdict.FAIL, result.verdict());
        assertFalse(result.inputsReadable());
        assertTrue(device.message().startsWith("The device certificate cannot be read. Block 1 (line 1) is a damaged "
            + "CERTIFICATE block"), device.message());
        assertTrue(device.messageIn(CHINESE).startsWith("无法读取设备证书。第 1 块"), device.messageIn(CHINESE));
    }

    @Test
    void anUnreadableCaIsNamed() {
        String key = TestCertificates.pemBlock("PRIVATE KEY", TestInputs.pkcs8(CA_KEY));

        ChainCheckResult result = DeviceChainCheck.check(device().pem(), key, NOW);

        ChainFinding ca = only(result, ChainCheckItem.CA_CERTIFICATE);
        assertEquals(List.of(ca), result.findings());
        assertTrue(ca.message().startsWith("The CA certificate cannot be read. Block 1 (line 1) is a private key"),
            ca.message());
    }

    @Test
    void missingInputsAreBothNamed() {
        ChainCheckResult result = DeviceChainCheck.check(null, "  \n", NOW);

        assertEquals(List.of(ChainCheckItem.DEVICE_CERTIFICATE, ChainCheckItem.CA_CERTIFICATE),
            result.findings().stream().map(ChainFinding::item).toList());
    }

    static Stream<ChainCheckResult> everyFinding() {
        Instant caEnd = NOW.plus(3650, ChronoUnit.DAYS);
        return Stream.of(check(device()), check(device().issuer("CN=Other", TestCertificates.rsa2048())),
            check(device().validity(NOW.minus(90, ChronoUnit.DAYS), caEnd.plus(2, ChronoUnit.DAYS))),
            check(device().validity(NOW.minus(9, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS))),
            check(device().validity(NOW.plus(1, ChronoUnit.DAYS), NOW.plus(9, ChronoUnit.DAYS))),
            check(device().keyUsage(0).ca(null)), check(device().version1()),
            check(TestCertificates.certificate().keyPair(DEVICE_KEY).issuer(CA_NAME, CA_KEY)
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth).keyUsage(KeyUsage.digitalSignature)),
            check(TestCertificates.certificate().keyPair(DEVICE_KEY).issuer(CA_NAME, CA_KEY)
                .extendedKeyUsage(KeyPurposeId.anyExtendedKeyUsage)),
            DeviceChainCheck.check("", "not pem", NOW));
    }

    @ParameterizedTest
    @MethodSource("everyFinding")
    void everyFindingIsABundleTextInEnglishAndChineseNamingNoException(ChainCheckResult result) {
        for (ChainFinding finding : result.findings()) {
            String english = finding.message();
            String chinese = finding.messageIn(CHINESE);
            BundlePair.of(Text.CERT).assertHas(finding.text().key());
            assertFalse(english.contains("chain."), english);
            assertFalse(chinese.contains("chain."), chinese);
            assertTrue(BundlePair.hasChinese(chinese), chinese);
            assertFalse(english.contains("Exception") || chinese.contains("Exception"), english);
        }
    }
}
