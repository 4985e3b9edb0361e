package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
/** What a DER structure is, judged from its shape alone (see {@link DerClassifier}). */
enum DerKind {
    CERTIFICATE,
    CERTIFICATE_REQUEST,
    CRL,
    PRIVATE_KEY,
    PKCS12,
    PKCS7,
    PUBLIC_KEY,
    UNKNOWN;

    /** How messages name it: "a certificate signing request (PKCS#10)" (bundle key {@code derKind.<NAME>}). */
    Text description() {
        return Refusals.text("derKind." + name());
    }
}
