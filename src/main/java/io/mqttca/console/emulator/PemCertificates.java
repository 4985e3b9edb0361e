package io.mqttca.console.emulator;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Reads the first certificate of a PEM text and writes certificates back as PEM, with BouncyCastle. */
public final class PemCertificates {

    private PemCertificates() {
    }

    /** The first certificate in the text, skipping other PEM objects; empty when there is none or it is garbled. */
    public static Optional<X509CertificateHolder> firstCertificate(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object;
            while ((object = parser.readObject()) != null) {
                if (object instanceof X509CertificateHolder certificate) {
                    return Optional.of(certificate);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The certificate as a {@code CERTIFICATE} PEM block with LF line breaks. */
    public static String toPem(X509CertificateHolder certificate) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing PEM to memory failed", e);
        }
        return out.toString().replace("\r\n", "\n");
    }
}
