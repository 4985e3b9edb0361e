package io.mqttca.console.cert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * The subject common name of a certificate PEM, read cheaply: only the first {@code CERTIFICATE} block is decoded
 * and only its subject is looked at (no fingerprints, no signature check), so a list of thousands of CAs gets its
 * CN column in milliseconds. Anything unreadable gives null; {@link CertificateInspector} says why.
 */
public final class SubjectNames {

    private SubjectNames() {
    }

    /** The subject CN of the first certificate in {@code pem}, or null when there is none or it cannot be read. */
    public static String commonName(String pem) {
        if (pem == null || pem.isEmpty()) {
            return null;
        }
        byte[] data = pem.getBytes(StandardCharsets.US_ASCII);
        List<PemBlock> blocks = PemScanner.scan(data);
        for (PemBlock block : blocks) {
            if (block.problem() == null && (block.type().equals("CERTIFICATE")
                || block.type().equals("X509 CERTIFICATE") || block.type().equals("TRUSTED CERTIFICATE"))) {
                // The first DER object only: a TRUSTED CERTIFICATE carries trust settings after it.
                try (ASN1InputStream in = new ASN1InputStream(PemBase64.decode(data, block))) {
                    Certificate certificate = Certificate.getInstance(in.readObject());
                    return DistinguishedNames.commonName(certificate.getSubject());
                } catch (PemBase64.Base64Problem | IOException | IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
