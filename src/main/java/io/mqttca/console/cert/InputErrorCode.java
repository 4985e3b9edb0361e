package io.mqttca.console.cert;

/**
 * Why an input, or one block of it, yielded no certificate. Each code has its own operator message; callers
 * branch on the code, never on the message text.
 */
public enum InputErrorCode {
    /** The file is empty or holds only whitespace. */
    EMPTY,
    /** No certificate: random bytes, plain text, or a PEM/DER object of another kind (public key, CRL ...). */
    NOT_A_CERTIFICATE,
    /** A certificate block whose base64 or DER is broken. */
    CORRUPT,
    /** A private key; refused, and its content is never kept or echoed. */
    PRIVATE_KEY,
    /** A certificate signing request (PKCS#10), not a certificate. */
    CSR,
    /** A PKCS#12 keystore (.p12 / .pfx); the certificate has to be exported as PEM first. */
    PKCS12,
    /** The input is larger than {@link CertificateInspector#MAX_INPUT_BYTES}. */
    TOO_LARGE,
    /** The file cannot be read: missing, a directory, no permission. */
    UNREADABLE
}
