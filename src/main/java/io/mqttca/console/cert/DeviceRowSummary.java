package io.mqttca.console.cert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Time;

/**
 * What a row of a device certificate list shows, read cheaply enough for 100,000 rows: subject and issuer CN, the
 * validity and a SHA-256 of the public key, from the first certificate block of a PEM (any certificate label,
 * {@code DEVICECERTIFICATE} too). Only the names and times are decoded; the rest of the certificate is walked
 * over by its DER headers, and nothing is verified. {@link CertificateInspector} gives the full details and says
 * why a PEM is unreadable.
 *
 * @param subjectCommonName the most specific subject CN, or null when the subject has none
 * @param issuerCommonName  the most specific issuer CN, or null when the issuer has none
 * @param notBefore         start of validity
 * @param notAfter          end of validity
 * @param publicKeySha256   SHA-256 of the DER SubjectPublicKeyInfo, lower-case hex without separators (what
 *                          {@code openssl x509 -pubkey -noout | openssl pkey -pubin -outform DER | sha256sum}
 *                          prints): equal for devices that share a key
 */
public record DeviceRowSummary(String subjectCommonName, String issuerCommonName, Instant notBefore,
                               Instant notAfter, String publicKeySha256) {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    /** The summary of the first certificate in {@code pem}, or null when there is none or it cannot be read. */
    public static DeviceRowSummary of(String pem) {
        if (pem == null || pem.isEmpty()) {
            return null;
        }
        byte[] data = pem.getBytes(StandardCharsets.US_ASCII);
        for (PemBlock block : PemScanner.scan(data)) {
            if (block.problem() == null && PemBlockHandlers.isCertificateLabel(block.type())) {
                return summarise(data, block);
            }
        }
        return null;
    }

    private static DeviceRowSummary summarise(byte[] data, PemBlock block) {
        try {
            byte[] der = PemBase64.decode(data, block);
            Der.Tlv outer = Der.read(der, 0, der.length);
            if (outer == null || DerClassifier.classify(der, outer) != DerKind.CERTIFICATE) {
                return null;
            }
            return fromTbs(der, Der.read(der, outer.contentStart(), outer.contentEnd()));
        } catch (PemBase64.Base64Problem | IOException | RuntimeException e) {
            return null;
        }
    }

    /** Steps over version, serial and signature algorithm to issuer, validity, subject and the public key. */
    private static DeviceRowSummary fromTbs(byte[] der, Der.Tlv tbs) throws IOException {
        int end = tbs.contentEnd();
        Der.Tlv field = Der.read(der, tbs.contentStart(), end);
        if (field.tag() == Der.CONTEXT_0) {
            field = Der.read(der, field.end(), end);
        }
        Der.Tlv signatureAlgorithm = Der.read(der, field.end(), end);
        Der.Tlv issuer = Der.read(der, signatureAlgorithm.end(), end);
        Der.Tlv validity = Der.read(der, issuer.end(), end);
        Der.Tlv subject = Der.read(der, validity.end(), end);
        Der.Tlv publicKey = Der.read(der, subject.end(), end);
        Der.Tlv notBefore = Der.read(der, validity.contentStart(), validity.contentEnd());
        Der.Tlv notAfter = Der.read(der, notBefore.end(), validity.contentEnd());
        MessageDigest sha256 = SHA256.get();
        sha256.update(der, publicKey.start(), publicKey.end() - publicKey.start());
        return new DeviceRowSummary(commonName(der, subject), commonName(der, issuer), instant(der, notBefore),
            instant(der, notAfter), Hex.lower(sha256.digest()));
    }

    private static String commonName(byte[] der, Der.Tlv name) throws IOException {
        return DistinguishedNames.commonName(X500Name.getInstance(primitive(der, name)));
    }

    private static Instant instant(byte[] der, Der.Tlv time) throws IOException {
        return CertificateDecoder.instant(Time.getInstance(primitive(der, time)));
    }

    private static ASN1Primitive primitive(byte[] der, Der.Tlv element) throws IOException {
        return ASN1Primitive.fromByteArray(Arrays.copyOfRange(der, element.start(), element.end()));
    }
}
