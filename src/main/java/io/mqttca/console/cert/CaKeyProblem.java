package io.mqttca.console.cert;

/** Why a CA private key or a CA certificate cannot be used to make a verification certificate. */
public enum CaKeyProblem {
    /** The file holds no private key (or one in a form the console does not read). */
    NOT_A_PRIVATE_KEY,
    /** The key is encrypted and no password was given. */
    PASSWORD_REQUIRED,
    /** The password does not decrypt the key. */
    WRONG_PASSWORD,
    /** The key is not an RSA or EC key, the kinds ApsaraMQ for MQTT accepts. */
    UNSUPPORTED_KEY,
    /** The private key does not belong to the CA certificate's public key. */
    KEY_MISMATCH,
    /** The certificate is not a CA (basicConstraints CA=true is missing). */
    NOT_A_CA,
    /** The CA certificate's validity has ended or not begun. */
    CA_NOT_VALID,
    /** The file cannot be read. */
    UNREADABLE,
    /** The generated certificate did not verify against the CA (a defect; nothing was sent). */
    CHAIN_FAILED
}
