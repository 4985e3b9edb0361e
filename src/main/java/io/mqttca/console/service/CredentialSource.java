package io.mqttca.console.service;

/**
 * Where a cloud profile takes its access key from. None of them stores a secret in the profile: the environment and
 * the aliyun CLI's profile file are read when connecting, and a key typed in lives only in memory for the session.
 */
public enum CredentialSource {
    /** {@code ALIBABA_CLOUD_ACCESS_KEY_ID} / {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} (+ security token). */
    ENVIRONMENT,
    /** A named profile of the aliyun CLI ({@code ~/.aliyun/config.json}). */
    CLI_PROFILE,
    /** A key the operator typed in; kept in memory until the console exits. */
    SESSION_KEY
}
