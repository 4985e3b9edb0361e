package io.mqttca.console.cert;

/** What a DER structure is, judged from its shape alone (see {@link DerClassifier}). */
enum DerKind {
    CERTIFICATE("a certificate"),
    CERTIFICATE_REQUEST("a certificate signing request (PKCS#10)"),
    CRL("a certificate revocation list (CRL)"),
    PRIVATE_KEY("a private key"),
    PKCS12("a PKCS#12 keystore"),
    PKCS7("a PKCS#7 / CMS structure"),
    PUBLIC_KEY("a public key"),
    UNKNOWN("an unknown ASN.1 structure");

    private final String description;

    DerKind(String description) {
        this.description = description;
    }

    /** How messages name it: "a certificate signing request (PKCS#10)". */
    String description() {
        return description;
    }
}
