package io.mqttca.console.cert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The VALIDITY item of a {@link DeviceChainCheck}: FAIL when the device is expired or not yet valid at the time
 * of the check, WARN when its validity reaches outside its CA's (clients stop accepting it when the CA expires),
 * PASS otherwise.
 */
final class ChainValidity {

    private static final long SECONDS_PER_DAY = 86_400;

    private ChainValidity() {
    }

    static List<ChainFinding> check(CertificateDetails device, CertificateDetails ca, Instant now) {
        List<ChainFinding> findings = new ArrayList<>(2);
        if (device.isExpiredAt(now)) {
            findings.add(finding(ChainVerdict.FAIL, "chain.validity.expired", String.valueOf(device.notAfter())));
        } else if (now.isBefore(device.notBefore())) {
            findings.add(finding(ChainVerdict.FAIL, "chain.validity.notYetValid",
                String.valueOf(device.notBefore())));
        }
        if (device.notAfter().isAfter(ca.notAfter())) {
            long days = daysBetween(ca.notAfter(), device.notAfter());
            findings.add(finding(ChainVerdict.WARN, "chain.validity.outlivesCa", days, String.valueOf(days),
                String.valueOf(device.notAfter()), String.valueOf(ca.notAfter())));
        }
        if (device.notBefore().isBefore(ca.notBefore())) {
            findings.add(finding(ChainVerdict.WARN, "chain.validity.startsBeforeCa",
                String.valueOf(device.notBefore()), String.valueOf(ca.notBefore())));
        }
        if (findings.isEmpty()) {
            findings.add(finding(ChainVerdict.PASS, "chain.validity.pass", String.valueOf(device.notBefore()),
                String.valueOf(device.notAfter())));
        }
        return findings;
    }

    /** Whole days, rounded up so that a device outliving its CA by an hour is not said to do so by 0 days. */
    static long daysBetween(Instant earlier, Instant later) {
        long seconds = Duration.between(earlier, later).getSeconds();
        return (seconds + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY;
    }

    private static ChainFinding finding(ChainVerdict verdict, String key, Object... args) {
        return ChainFinding.of(ChainCheckItem.VALIDITY, verdict, key, args);
    }
}
