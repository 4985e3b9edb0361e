package io.mqttca.console.ui.details;

/**
 * The field ids a certificate field provider returns, in the order it should return them. The details pane shows
 * each with its translated label ({@code details.field.<id>} in the bundles); an id it does not know (an extension
 * OID, say) is shown as it is, so a provider may add fields freely. A provider is a
 * {@code Function<String, List<Map.Entry<String, String>>>} from PEM to (field id, value) pairs; it runs in the
 * background and throws an {@link IllegalArgumentException} with a readable message when the PEM is unreadable.
 * {@link #NOT_BEFORE} and {@link #NOT_AFTER} are ISO-8601 instants ({@code 2030-01-01T00:00:00Z}); the pane shows
 * them in the window's time format.
 */
public final class CertificateFields {

    public static final String SUBJECT = "subject";
    public static final String ISSUER = "issuer";
    public static final String SERIAL_HEX = "serialHex";
    public static final String SERIAL_DECIMAL = "serialDecimal";
    public static final String VERSION = "version";
    public static final String NOT_BEFORE = "notBefore";
    public static final String NOT_AFTER = "notAfter";
    public static final String PUBLIC_KEY = "publicKey";
    public static final String SIGNATURE_ALGORITHM = "signatureAlgorithm";
    public static final String SHA256 = "sha256";
    public static final String SHA1 = "sha1";
    public static final String CA = "ca";
    public static final String PATH_LENGTH = "pathLength";
    public static final String KEY_USAGE = "keyUsage";
    public static final String EXTENDED_KEY_USAGE = "extendedKeyUsage";
    public static final String SUBJECT_ALTERNATIVE_NAMES = "subjectAlternativeNames";
    public static final String SUBJECT_KEY_ID = "subjectKeyId";
    public static final String AUTHORITY_KEY_ID = "authorityKeyId";
    public static final String EXTENSIONS = "extensions";

    private CertificateFields() {
    }
}
