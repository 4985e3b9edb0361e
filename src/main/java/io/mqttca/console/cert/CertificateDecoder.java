package io.mqttca.console.cert;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;

/**
 * Converts the DER encoding of one certificate into {@link CertificateDetails}. Parses with BouncyCastle's
 * ASN.1 classes (about twice as fast as the JDK's {@code CertificateFactory}, which also builds objects the
 * inspector does not need) and keeps one SHA-1 and one SHA-256 digest per thread. The only expensive step,
 * verifying a signature, runs only for certificates whose issuer equals their subject ({@link SelfSignature}).
 */
final class CertificateDecoder {

    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> digest("SHA-1"));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digest("SHA-256"));

    /** Why a certificate's DER cannot be read; the message is technical and never contains key material. */
    static final class MalformedCertificateException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedCertificateException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private CertificateDecoder() {
    }

    /**
     * Decodes one certificate whose encoding is exactly {@code der}.
     *
     * @throws MalformedCertificateException when it is not a well-formed X.509 certificate
     */
    static CertificateDetails decode(byte[] der, String source, int index) throws MalformedCertificateException {
        Certificate certificate;
        try {
            certificate = Certificate.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new MalformedCertificateException("its DER encoding is invalid (" + reason(e) + ")", e);
        }
        try {
            return details(certificate, der, source, index);
        } catch (RuntimeException e) {
            throw new MalformedCertificateException("one of its fields cannot be decoded (" + reason(e) + ")", e);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static CertificateDetails details(Certificate certificate, byte[] der, String source, int index) {
        TBSCertificate tbs = certificate.getTBSCertificate();
        PublicKeyDescription key = PublicKeyDescription.of(tbs.getSubjectPublicKeyInfo());
        ExtensionDetails extensions = ExtensionDetails.of(tbs.getExtensions());
        return new CertificateDetails(source, index,
            DistinguishedNames.toRfc4514(tbs.getSubject()), DistinguishedNames.commonName(tbs.getSubject()),
            DistinguishedNames.toRfc4514(tbs.getIssuer()), tbs.getSerialNumber().getValue(),
            instant(tbs.getStartDate()), instant(tbs.getEndDate()),
            Hex.colons(SHA1.get().digest(der)), Hex.colons(SHA256.get().digest(der)),
            key.algorithm(), key.bits(), key.curve(),
            AlgorithmNames.signature(certificate.getSignatureAlgorithm().getAlgorithm()),
            tbs.getVersionNumber(), extensions.ca(), extensions.pathLength(), extensions.keyUsage(),
            extensions.extendedKeyUsage(), extensions.subjectAlternativeNames(),
            extensions.subjectKeyIdentifier(), extensions.authorityKeyIdentifier(),
            SelfSignature.isSelfSigned(certificate, der, extensions),
            ByteBuffer.wrap(der));
    }

    /** Reads UTCTime and GeneralizedTime quickly in their RFC 5280 forms, other forms through BouncyCastle. */
    static Instant instant(Time time) {
        ASN1Primitive primitive = time.toASN1Primitive();
        String text = primitive instanceof ASN1UTCTime ? primitive.toString()
            : ((ASN1GeneralizedTime) primitive).getTimeString();
        boolean utc = primitive instanceof ASN1UTCTime;
        int yearDigits = utc ? 2 : 4;
        if (text.length() == yearDigits + 11 && text.charAt(text.length() - 1) == 'Z' && allDigits(text)) {
            int year = Integer.parseInt(text.substring(0, yearDigits));
            if (utc) {
                year += year >= 50 ? 1900 : 2000;
            }
            int at = yearDigits;
            return LocalDateTime.of(year, number(text, at), number(text, at + 2), number(text, at + 4),
                number(text, at + 6), number(text, at + 8)).toInstant(ZoneOffset.UTC);
        }
        try {
            return primitive instanceof ASN1UTCTime ? ((ASN1UTCTime) primitive).getAdjustedDate().toInstant()
                : ((ASN1GeneralizedTime) primitive).getDate().toInstant();
        } catch (ParseException e) {
            throw new IllegalArgumentException("Unreadable time " + text, e);
        }
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int at) {
        return (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from the JDK", e);
        }
    }
}
