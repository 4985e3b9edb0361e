package io.mqttca.console.app.cli;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.InspectionResult;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The readable output of {@link InspectCommand}: one block per certificate with subject and issuer in the order and
 * form {@code openssl x509 -subject -issuer} prints them (most general RDN first), serial in hex
 * and decimal, validity with an EXPIRED / NOT YET VALID / expires-in-N-days marker, key, fingerprints and the
 * CA flag. Errors are not repeated here: they go to stderr only, so a terminal does not show them twice.
 */
final class InspectTextOutput implements InspectOutput {

    private final PrintWriter out;
    private final Clock clock;
    private boolean first = true;

    InspectTextOutput(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void write(InspectionResult result) {
        for (CertificateDetails details : result.certificates()) {
            certificate(details);
        }
    }

    private void certificate(CertificateDetails details) {
        StringBuilder text = new StringBuilder(1024);
        if (!first) {
            text.append('\n');
        }
        first = false;
        text.append(details.source()).append(" [").append(details.index()).append("]\n");
        line(text, "Subject", details.subjectOneLine());
        line(text, "Issuer", details.issuerOneLine());
        line(text, "Serial", details.serialHex() + " (decimal " + details.serialDecimal() + ")");
        line(text, "Valid", time(details.notBefore()) + " to " + time(details.notAfter()) + "  "
            + validityMarker(details, clock.instant()));
        line(text, "Key", key(details));
        line(text, "Signature", details.signatureAlgorithm());
        line(text, "SHA-1", details.sha1Fingerprint());
        line(text, "SHA-256", details.sha256Fingerprint());
        line(text, "CA", !details.ca() ? "no"
            : details.pathLength() == null ? "yes" : "yes, path length " + details.pathLength());
        line(text, "Self-signed", details.selfSigned() ? "yes" : "no");
        list(text, "Key usage", details.keyUsage());
        list(text, "Ext. key usage", details.extendedKeyUsage());
        list(text, "Alt. names", details.subjectAlternativeNames());
        out.print(text);
    }

    @Override
    public void close() {
        out.flush();
    }

    /** "EXPIRED 3 days ago", "NOT YET VALID (starts in 2 days)" or "expires in 120 days". */
    static String validityMarker(CertificateDetails details, Instant now) {
        if (now.isAfter(details.notAfter())) {
            return "EXPIRED " + days(Duration.between(details.notAfter(), now)) + " ago";
        }
        if (now.isBefore(details.notBefore())) {
            return "NOT YET VALID (starts in " + days(Duration.between(now, details.notBefore())) + ")";
        }
        return "expires in " + days(Duration.between(now, details.notAfter()));
    }

    private static String days(Duration duration) {
        long days = duration.toDays();
        return days == 1 ? "1 day" : days + " days";
    }

    private static String key(CertificateDetails details) {
        StringBuilder key = new StringBuilder(details.publicKeyAlgorithm());
        if (details.publicKeyBits() != null) {
            key.append(' ').append(details.publicKeyBits()).append(" bits");
        }
        if (details.publicKeyCurve() != null) {
            key.append(" (").append(details.publicKeyCurve()).append(')');
        }
        return key.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append("  ").append(label).append(':');
        for (int i = label.length(); i < 15; i++) {
            text.append(' ');
        }
        text.append(value).append('\n');
    }

    private static void list(StringBuilder text, String label, List<String> values) {
        if (!values.isEmpty()) {
            line(text, label, String.join(", ", values));
        }
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
