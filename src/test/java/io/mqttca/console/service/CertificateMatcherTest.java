package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.TestCertificates;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CertificateMatcherTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final BigInteger SERIAL = new BigInteger("f26900ba87a1c3d5", 16);

    private static CertificateDetails read(String pem) {
        return new CertificateInspector().inspect(pem.getBytes(StandardCharsets.UTF_8), "test.pem")
            .certificates().get(0);
    }

    private static String caPem(BigInteger serial) {
        return TestCertificates.certificate().subject("CN=Match CA").serial(serial).ca(null).pem();
    }

    private static CaCertificate registered(String sn, CertificateStatus status, String pem) {
        return new CaCertificate("ca", sn, status, null, null, pem, null, null);
    }

    private static CertificateMatch matchAgainst(CaCertificate registered, CertificateDetails local) {
        return new CertificateMatcher(List.of(registered), NOW).match(local);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00f26900ba87a1c3d5", "F26900BA87A1C3D5", "f2:69:00:ba:87:a1:c3:d5", "0000f26900ba87a1c3d5",
        "17467493430872622037"})
    void serialFormsOfTheSnAllMatch(String sn) {
        CertificateMatch match = matchAgainst(registered(sn, CertificateStatus.ACTIVE, null), read(caPem(SERIAL)));

        assertEquals(MatchState.REGISTERED_ACTIVE, match.state());
        assertEquals(sn, match.registered().sn());
        assertNull(match.sameCertificate(), "no PEM to compare");
    }

    @Test
    void anInactiveRegisteredCaIsRegisteredInactive() {
        CertificateMatch match = matchAgainst(registered("00f26900ba87a1c3d5", CertificateStatus.INACTIVE, null),
            read(caPem(SERIAL)));

        assertEquals(MatchState.REGISTERED_INACTIVE, match.state());
    }

    @Test
    void theSameCertificateIsConfirmedByItsFingerprint() {
        String pem = caPem(SERIAL);
        CertificateMatch match = matchAgainst(registered("00f26900ba87a1c3d5", CertificateStatus.ACTIVE, pem),
            read(pem));

        assertEquals(Boolean.TRUE, match.sameCertificate());
        assertFalse(match.isDifferentCertificate());
    }

    @Test
    void aReissuedCertificateWithTheSameSerialIsFlaggedAsDifferent() {
        String registeredPem = caPem(SERIAL);
        String reissued = TestCertificates.certificate().subject("CN=Match CA reissued").serial(SERIAL).ca(null)
            .keyPair(TestCertificates.ecP256()).pem();

        CertificateMatch match = matchAgainst(registered("00f26900ba87a1c3d5", CertificateStatus.ACTIVE,
            registeredPem), read(reissued));

        assertEquals(MatchState.REGISTERED_ACTIVE, match.state());
        assertTrue(match.isDifferentCertificate());
    }

    @Test
    void aRegisteredPemMatchesEvenWhenTheSnIsInAnotherForm() {
        String pem = caPem(SERIAL);
        CertificateMatch match = matchAgainst(registered("opaque-server-id", CertificateStatus.ACTIVE, pem),
            read(pem));

        assertEquals(MatchState.REGISTERED_ACTIVE, match.state());
        assertEquals(Boolean.TRUE, match.sameCertificate());
    }

    @Test
    void anUnknownSerialIsNotRegistered() {
        CertificateMatch match = matchAgainst(registered("0a0b", CertificateStatus.ACTIVE, null),
            read(caPem(SERIAL)));

        assertEquals(MatchState.NOT_REGISTERED, match.state());
        assertNull(match.registered());
    }

    @Test
    void aLeafCertificateIsNotACaEvenWhenExpired() {
        String leaf = TestCertificates.certificate().serial(BigInteger.TEN)
            .validity(NOW.minus(400, ChronoUnit.DAYS), NOW.minus(10, ChronoUnit.DAYS)).pem();

        assertEquals(MatchState.NOT_A_CA, new CertificateMatcher(List.of(), NOW).match(read(leaf)).state());
    }

    @Test
    void anExpiredCaThatIsNotRegisteredIsExpired() {
        String expired = TestCertificates.certificate().serial(BigInteger.TEN).ca(null)
            .validity(NOW.minus(400, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS)).pem();

        assertEquals(MatchState.EXPIRED, new CertificateMatcher(List.of(), NOW).match(read(expired)).state());
    }

    @Test
    void aRegisteredSerialWinsOverExpiry() {
        String expired = TestCertificates.certificate().serial(BigInteger.TEN).ca(null)
            .validity(NOW.minus(400, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS)).pem();

        CertificateMatch match = matchAgainst(registered("0a", CertificateStatus.INACTIVE, null), read(expired));

        assertEquals(MatchState.REGISTERED_INACTIVE, match.state());
    }

    @Test
    void theSameCertificateIsPreferredAmongRegisteredCasSharingASerial() {
        String pem = caPem(SERIAL);
        CaCertificate other = registered("f26900ba87a1c3d5", CertificateStatus.INACTIVE, caPem(BigInteger.ONE));
        CaCertificate same = registered("00f26900ba87a1c3d5", CertificateStatus.ACTIVE, pem);

        CertificateMatch match = new CertificateMatcher(List.of(other, same), NOW).match(read(pem));

        assertEquals("00f26900ba87a1c3d5", match.registered().sn());
        assertEquals(Boolean.TRUE, match.sameCertificate());
    }
}
