package io.mqttca.console.cert;

import java.util.Locale;

/**
 * The operator messages for inputs that are not (readable) certificates, in one place so that they stay
 * consistent: each says what the input is and what to do. {@code what} names the part of the input, e.g.
 * "Block 2 (line 31)" or "The file". No message ever contains the content of the input.
 */
final class Refusals {

    private Refusals() {
    }

    static CertificateInputException privateKey(String what, String kind) {
        return new CertificateInputException(InputErrorCode.PRIVATE_KEY, what + " is a private key (" + kind
            + "), not a certificate; it was not read. Keep private keys out of the files you inspect and share: "
            + "choose the certificate file instead.");
    }

    static CertificateInputException certificateRequest(String what, String kind) {
        return new CertificateInputException(InputErrorCode.CSR, what + " is a certificate signing request ("
            + kind + "), not a certificate. Have it signed by the CA and inspect the certificate it issues.");
    }

    static CertificateInputException pkcs12(String what, String source) {
        return new CertificateInputException(InputErrorCode.PKCS12, what + " is a PKCS#12 keystore (.p12/.pfx), "
            + "which holds private keys and is not opened here. Export its certificate as PEM first: openssl pkcs12 "
            + "-in " + shellWord(source) + " -nokeys -out cert.pem (add -legacy for old RC2-encrypted files).");
    }

    static CertificateInputException pkcs7(String what, String source, boolean der) {
        return new CertificateInputException(InputErrorCode.NOT_A_CERTIFICATE, what + " is a PKCS#7 bundle, not a "
            + "certificate. Extract its certificates as PEM first: openssl pkcs7" + (der ? " -inform DER" : "")
            + " -in " + shellWord(source) + " -print_certs -out certs.pem");
    }

    static CertificateInputException notACertificate(String what, String description) {
        return new CertificateInputException(InputErrorCode.NOT_A_CERTIFICATE, what + " is " + description
            + ", not a certificate; it was skipped. Choose the file that holds the certificate (PEM "
            + "-----BEGIN CERTIFICATE----- or DER).");
    }

    static CertificateInputException corrupt(String what, String kind, String reason, Throwable cause) {
        return new CertificateInputException(InputErrorCode.CORRUPT, what + " is a damaged " + kind + ": "
            + reason + ". Copy the certificate again from its source.", cause);
    }

    static CertificateInputException empty() {
        return new CertificateInputException(InputErrorCode.EMPTY,
            "The file is empty (or holds only whitespace). Choose the file that holds the certificate.");
    }

    static CertificateInputException noCertificate(String description) {
        return new CertificateInputException(InputErrorCode.NOT_A_CERTIFICATE, "No certificate found: the file "
            + description + ". Choose a PEM (-----BEGIN CERTIFICATE-----) or DER certificate file (.pem, .crt, "
            + ".cer, .der).");
    }

    /** A file over the limit; {@code size} is -1 when only reading it showed that (a growing or special file). */
    static CertificateInputException tooLarge(long size) {
        String actual = size < 0 ? "larger than 10 MiB" : mebibytes(size);
        return new CertificateInputException(InputErrorCode.TOO_LARGE, "The file is " + actual
            + "; the inspector reads files of up to 10 MiB. Check that this is a certificate file, or split the "
            + "bundle.");
    }

    static CertificateInputException unreadable(String reason, String advice, Throwable cause) {
        return new CertificateInputException(InputErrorCode.UNREADABLE,
            "The file cannot be read: " + reason + ". " + advice, cause);
    }

    private static String mebibytes(long size) {
        return String.format(Locale.ROOT, "%.1f MiB (%d bytes)", size / 1048576.0, size);
    }

    /** The source as one POSIX shell word, quoted only when it needs to be. */
    static String shellWord(String source) {
        if (source.matches("[A-Za-z0-9._/+:@%=-]+")) {
            return source;
        }
        return "'" + source.replace("'", "'\\''") + "'";
    }
}
