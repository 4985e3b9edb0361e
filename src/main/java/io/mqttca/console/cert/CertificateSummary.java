package io.mqttca.console.cert;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * What lists of registered CAs need of each PEM, read cheaply: the first certificate block's subject CN, serial
 * number and SHA-256 fingerprint, with no signature check and no extension decoding, so that thousands of CAs are
 * summarised in milliseconds. A certificate block is one under any label the inspector reads as a certificate
 * ({@code CERTIFICATE}, {@code DEVICECERTIFICATE} ...). {@link CertificateInspector} gives the full details and
 * says why a PEM is unreadable.
 *
 * @param subjectCommonName the subject CN, or null when the subject has none
 * @param serialNumber      the serial number
 * @param sha256Fingerprint upper-case hex with colons, as {@code openssl x509 -fingerprint -sha256} prints it
 */
public record CertificateSummary(String subjectCommonName, BigInteger serialNumber, String sha256Fingerprint) {

    /** The summary of the first certificate in {@code pem}, or null when there is none or it cannot be read. */
    public static CertificateSummary of(String pem) {
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

    /** The subject CN of the first certificate in {@code pem}, or null. */
    public static String commonNameOf(String pem) {
        CertificateSummary summary = of(pem);
        return summary == null ? null : summary.subjectCommonName();
    }

    private static CertificateSummary summarise(byte[] data, PemBlock block) {
        // The first DER object only: a TRUSTED CERTIFICATE carries trust settings after it.
        try (ASN1InputStream in = new ASN1InputStream(PemBase64.decode(data, block))) {
            Certificate certificate = Certificate.getInstance(in.readObject());
            byte[] der = certificate.getEncoded();
            return new CertificateSummary(DistinguishedNames.commonName(certificate.getSubject()),
                certificate.getSerialNumber().getValue(),
                Hex.colons(MessageDigest.getInstance("SHA-256").digest(der)));
        } catch (PemBase64.Base64Problem | IOException | IllegalArgumentException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
