package io.mqttca.console.cert;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * Everything the console shows about one certificate, read from a file. Immutable; strings are formatted as
 * OpenSSL prints them so that an operator can compare them with {@code openssl x509} output.
 *
 * @param source                  the file name or label the certificate was read from
 * @param index                   the 0-based position of its block in the file (0 for a DER file); errors of
 *                                the same file use the same numbering
 * @param subject                 the subject as an RFC 4514 string, UTF-8 kept readable ({@link DistinguishedNames})
 * @param subjectCommonName       the most specific CN of the subject, or {@code null}
 * @param issuer                  the issuer as an RFC 4514 string
 * @param serialNumber            the serial number
 * @param notBefore               start of validity (UTC)
 * @param notAfter                end of validity (UTC)
 * @param sha1Fingerprint         SHA-1 of the DER, upper-case hex with colons
 * @param sha256Fingerprint       SHA-256 of the DER, upper-case hex with colons
 * @param publicKeyAlgorithm      {@code RSA}, {@code EC}, {@code Ed25519}, {@code Ed448}, {@code RSASSA-PSS},
 *                                {@code DSA} ... or the dotted OID
 * @param publicKeyBits           the key size in bits ({@link PublicKeyDescription}), or {@code null}
 * @param publicKeyCurve          the curve of an EC key ({@code prime256v1}, {@code secp384r1} ...), or
 *                                {@code null}
 * @param signatureAlgorithm      OpenSSL's name of the signature algorithm ({@code sha256WithRSAEncryption},
 *                                {@code ecdsa-with-SHA256}, {@code ED25519}, {@code rsassaPss}) or the OID
 * @param version                 the X.509 version (1, 2 or 3)
 * @param ca                      the CA flag of basic constraints (false when the extension is absent)
 * @param pathLength              the path length constraint of a CA, or {@code null}
 * @param keyUsage                key usage names ({@code digitalSignature}, {@code keyCertSign} ...)
 * @param extendedKeyUsage        extended key usage names ({@code serverAuth}, {@code clientAuth} ...)
 * @param subjectAlternativeNames typed names: {@code DNS:example.com}, {@code IP:10.0.0.1}, {@code email:...}
 * @param subjectKeyIdentifier    upper-case hex with colons, or {@code null}
 * @param authorityKeyIdentifier  upper-case hex with colons, or {@code null}
 * @param selfSigned              true when issuer and subject match and the signature verifies with the
 *                                certificate's own public key
 * @param encoded                 the DER encoding of the certificate, read-only (see {@link #der()} and
 *                                {@link #pem()}); never a key
 */
public record CertificateDetails(
        String source,
        int index,
        String subject,
        String subjectCommonName,
        String issuer,
        BigInteger serialNumber,
        Instant notBefore,
        Instant notAfter,
        String sha1Fingerprint,
        String sha256Fingerprint,
        String publicKeyAlgorithm,
        Integer publicKeyBits,
        String publicKeyCurve,
        String signatureAlgorithm,
        int version,
        boolean ca,
        Integer pathLength,
        List<String> keyUsage,
        List<String> extendedKeyUsage,
        List<String> subjectAlternativeNames,
        String subjectKeyIdentifier,
        String authorityKeyIdentifier,
        boolean selfSigned,
        ByteBuffer encoded) {

    private static final String PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String PEM_END = "-----END CERTIFICATE-----";

    public CertificateDetails {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        encoded = encoded.asReadOnlyBuffer();
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
        subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
    }

    /** The serial as {@code openssl x509 -serial} prints it (upper-case hex, two digits per byte). */
    public String serialHex() {
        return SerialNumbers.toOpenSslHex(serialNumber);
    }

    public String serialDecimal() {
        return serialNumber.toString();
    }

    /** The serial in the ApsaraMQ for MQTT "Sn" form (see {@link SerialNumbers#toSn}). */
    public String sn() {
        return SerialNumbers.toSn(serialNumber);
    }

    /** The DER encoding, as a read-only buffer of its own (reading it does not move anyone else's position). */
    @Override
    public ByteBuffer encoded() {
        return encoded.duplicate();
    }

    /** The DER encoding of the certificate (a fresh copy). */
    public byte[] der() {
        byte[] der = new byte[encoded.remaining()];
        encoded.duplicate().get(der);
        return der;
    }

    /** The certificate as one canonical PEM block: 64 columns, LF line endings, a final LF. */
    public String pem() {
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der());
        return PEM_BEGIN + "\n" + base64 + "\n" + PEM_END + "\n";
    }

    /**
     * The subject as {@code openssl x509 -subject} prints it by default, most general RDN first
     * ({@code C = CN, O = Example, CN = Root}; see {@link DistinguishedNames#toOneLine}): the reverse of the RFC 4514
     * order of {@link #subject()}.
     */
    public String subjectOneLine() {
        return DistinguishedNames.toOneLine(Certificate.getInstance(der()).getSubject());
    }

    /** The issuer in the form of {@link #subjectOneLine()}. */
    public String issuerOneLine() {
        return DistinguishedNames.toOneLine(Certificate.getInstance(der()).getIssuer());
    }

    /** True when {@code now} is after notAfter. */
    public boolean isExpiredAt(Instant now) {
        return now.isAfter(notAfter);
    }

    /** True when {@code now} is within the validity period (both ends included). */
    public boolean isValidAt(Instant now) {
        return !now.isBefore(notBefore) && !now.isAfter(notAfter);
    }
}
