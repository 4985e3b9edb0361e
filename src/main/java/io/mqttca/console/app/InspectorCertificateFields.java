package io.mqttca.console.app;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.ExtensionList;
import io.mqttca.console.cert.InspectionResult;
import io.mqttca.console.ui.details.CertificateFields;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The details pane's fields, read with the local certificate inspector (the same engine as {@code inspect}), so
 * the window and the command line show the same serial, fingerprints and names. Field ids are those of
 * {@link CertificateFields}. The few words it adds (self-signed, unlimited, why a PEM is no certificate) are in
 * the window's language when it is made {@link #in(ResourceBundle) for a window}, English otherwise.
 */
public final class InspectorCertificateFields implements Function<String, List<Map.Entry<String, String>>> {

    private final CertificateInspector inspector = new CertificateInspector();
    private final ResourceBundle strings;

    /** Fields with English words. */
    public InspectorCertificateFields() {
        this(null);
    }

    private InspectorCertificateFields(ResourceBundle strings) {
        this.strings = strings;
    }

    /** The same fields with the words of {@code windowStrings} (the window's bundle). */
    public InspectorCertificateFields in(ResourceBundle windowStrings) {
        return new InspectorCertificateFields(windowStrings);
    }

    @Override
    public List<Map.Entry<String, String>> apply(String pem) {
        InspectionResult result = inspector.inspect(pem.getBytes(StandardCharsets.UTF_8), "certificate");
        if (result.certificates().isEmpty()) {
            String why = result.errors().isEmpty() ? word("details.inspector.noCertificate", "no certificate found")
                : result.errors().get(0).messageIn(locale());
            throw new IllegalArgumentException(
                word("details.inspector.notCertificate", "Not an X.509 certificate: {0}").replace("{0}", why));
        }
        CertificateDetails details = result.certificates().get(0);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        add(fields, CertificateFields.SUBJECT, details.subject());
        add(fields, CertificateFields.ISSUER, details.issuer()
            + (details.selfSigned() ? "  " + word("details.selfSigned", "(self-signed)") : ""));
        add(fields, CertificateFields.SERIAL_HEX, details.serialHex());
        add(fields, CertificateFields.SERIAL_DECIMAL, details.serialDecimal());
        add(fields, CertificateFields.VERSION, "v" + details.version());
        add(fields, CertificateFields.NOT_BEFORE, details.notBefore().toString());
        add(fields, CertificateFields.NOT_AFTER, details.notAfter().toString());
        add(fields, CertificateFields.PUBLIC_KEY, publicKey(details));
        add(fields, CertificateFields.SIGNATURE_ALGORITHM, details.signatureAlgorithm());
        add(fields, CertificateFields.SHA256, details.sha256Fingerprint());
        add(fields, CertificateFields.SHA1, details.sha1Fingerprint());
        add(fields, CertificateFields.CA, details.ca() ? word("details.inspector.ca.true", "true")
            : word("details.inspector.ca.false", "false"));
        if (details.ca()) {
            add(fields, CertificateFields.PATH_LENGTH,
                details.pathLength() == null ? word("details.pathLength.unlimited", "unlimited")
                    : details.pathLength().toString());
        }
        add(fields, CertificateFields.KEY_USAGE, String.join(", ", details.keyUsage()));
        add(fields, CertificateFields.EXTENDED_KEY_USAGE, String.join(", ", details.extendedKeyUsage()));
        add(fields, CertificateFields.SUBJECT_ALTERNATIVE_NAMES, String.join(", ", details.subjectAlternativeNames()));
        add(fields, CertificateFields.SUBJECT_KEY_ID, details.subjectKeyIdentifier());
        add(fields, CertificateFields.AUTHORITY_KEY_ID, details.authorityKeyIdentifier());
        add(fields, CertificateFields.EXTENSIONS, extensions(details.der()));
        return fields;
    }

    private String word(String key, String english) {
        return strings == null ? english : strings.getString(key);
    }

    private Locale locale() {
        return strings == null ? Locale.ROOT : strings.getLocale();
    }

    private String publicKey(CertificateDetails details) {
        StringBuilder text = new StringBuilder(details.publicKeyAlgorithm());
        if (details.publicKeyBits() != null) {
            text.append(' ').append(details.publicKeyBits()).append(' ').append(word("details.inspector.bits", "bits"));
        }
        if (details.publicKeyCurve() != null) {
            text.append(" (").append(details.publicKeyCurve()).append(')');
        }
        return text.toString();
    }

    /** One line per extension: its name (and OID), marked when critical; null when there are none. */
    private static String extensions(byte[] der) {
        List<String> lines = ExtensionList.of(der);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void add(List<Map.Entry<String, String>> fields, String id, String value) {
        if (value != null && !value.isEmpty()) {
            fields.add(new AbstractMap.SimpleImmutableEntry<>(id, value));
        }
    }
}
