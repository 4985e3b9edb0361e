package io.mqttca.console.service;

/**
 * Turns a connection profile into a service: resolves its credentials, builds the client for its endpoint (or
 * starts the local sandbox) and returns the service the window calls. It may block (credential files, starting the
 * emulator), so callers run it off the UI thread. The {@link ConnectionRegistry} that calls it owns the returned
 * service and closes it when it is no longer used.
 */
@FunctionalInterface
public interface ProfileConnector {

    /**
     * Connects to {@code profile}; {@code sessionKey} is the key typed in for a
     * {@link CredentialSource#SESSION_KEY} profile, else null.
     *
     * @throws ServiceException with a clear failure when the credentials or the endpoint are unusable
     */
    CertificateService connect(ConnectionProfile profile, SessionKey sessionKey);
}
