package io.mqttca.console.service;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateSummary;
import io.mqttca.console.cert.SerialNumbers;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Matches local certificates against the CA certificates registered on one instance, for the import view and
 * {@code ca match} alike. Pure: it works on the list it was given and a point in time.
 * <p>
 * A registered CA is known by every serial its Sn can mean (hex of any case, with or without colons and leading
 * zeros, and the decimal reading of an Sn made only of digits) and by the serial of its PEM when the server sent
 * one. A local certificate matches a registered CA when its serial is one of those; when the PEM is there, the
 * SHA-256 fingerprints tell whether it is the very same certificate or another one reissued with the same serial.
 */
public final class CertificateMatcher {

    private final Map<BigInteger, List<Registered>> bySerial = new HashMap<>();
    private final Instant now;

    /**
     * @param registered the CA certificates of the instance (ListCaCertificate)
     * @param now        the time expiry is judged at
     */
    public CertificateMatcher(List<CaCertificate> registered, Instant now) {
        this.now = Objects.requireNonNull(now, "now");
        for (CaCertificate ca : registered) {
            Registered entry = Registered.of(ca);
            for (BigInteger serial : entry.serials()) {
                bySerial.computeIfAbsent(serial, key -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** Where {@code certificate} stands on the instance. */
    public CertificateMatch match(CertificateDetails certificate) {
        List<Registered> candidates = bySerial.getOrDefault(certificate.serialNumber().abs(), List.of());
        if (!candidates.isEmpty()) {
            Registered best = best(candidates, certificate);
            MatchState state = best.ca().isActive() ? MatchState.REGISTERED_ACTIVE : MatchState.REGISTERED_INACTIVE;
            Boolean same = best.fingerprint() == null ? null
                : best.fingerprint().equalsIgnoreCase(certificate.sha256Fingerprint());
            return new CertificateMatch(certificate, state, best.ca(), same);
        }
        if (!certificate.ca()) {
            return new CertificateMatch(certificate, MatchState.NOT_A_CA, null, null);
        }
        if (certificate.isExpiredAt(now)) {
            return new CertificateMatch(certificate, MatchState.EXPIRED, null, null);
        }
        return new CertificateMatch(certificate, MatchState.NOT_REGISTERED, null, null);
    }

    /** Every certificate matched, in the given order. */
    public List<CertificateMatch> matchAll(List<CertificateDetails> certificates) {
        return certificates.stream().map(this::match).toList();
    }

    /** The same certificate first, then a CA whose PEM has this serial, then one matched by its Sn alone. */
    private static Registered best(List<Registered> candidates, CertificateDetails certificate) {
        Registered best = candidates.get(0);
        int bestScore = -1;
        for (Registered candidate : candidates) {
            int score = 0;
            if (candidate.fingerprint() != null
                && candidate.fingerprint().equalsIgnoreCase(certificate.sha256Fingerprint())) {
                score = 3;
            } else if (certificate.serialNumber().abs().equals(candidate.pemSerial())) {
                score = 2;
            } else if (candidate.serials().get(0).equals(certificate.serialNumber().abs())) {
                score = 1;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** A registered CA with the serials it is known by, most likely first. */
    private record Registered(CaCertificate ca, List<BigInteger> serials, BigInteger pemSerial, String fingerprint) {

        static Registered of(CaCertificate ca) {
            Set<BigInteger> serials = new LinkedHashSet<>();
            try {
                for (BigInteger candidate : SerialNumbers.candidates(ca.sn())) {
                    serials.add(candidate.abs());
                }
            } catch (IllegalArgumentException e) {
                // An Sn that is neither hex nor decimal can still be matched through its PEM below.
                serials.clear();
            }
            CertificateSummary pem = CertificateSummary.of(ca.pem());
            BigInteger pemSerial = pem == null ? null : pem.serialNumber().abs();
            if (pemSerial != null) {
                serials.add(pemSerial);
            }
            return new Registered(ca, List.copyOf(serials), pemSerial, pem == null ? null : pem.sha256Fingerprint());
        }
    }
}
