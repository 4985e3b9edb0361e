package io.mqttca.console.app;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ProfileConnector;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.service.SessionKey;
import java.nio.file.Path;
import java.util.Map;

/**
 * The window's connector: the "Local sandbox" profile goes to the embedded emulator with its demo key; an Alibaba
 * Cloud profile to its region or endpoint with credentials from the environment, an aliyun CLI profile, or the key
 * typed in for this session. Every service writes to the one change journal the activity panel shows.
 */
public final class ConsoleConnector implements ProfileConnector {

    private final Sandbox sandbox;
    private final ChangeJournal journal;
    private final Map<String, String> environment;
    private final Path home;

    public ConsoleConnector(Sandbox sandbox, ChangeJournal journal, Map<String, String> environment, Path home) {
        this.sandbox = sandbox;
        this.journal = journal;
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    @Override
    public CertificateService connect(ConnectionProfile profile, SessionKey sessionKey) {
        if (profile.isSandbox()) {
            return Connections.open(profile.name(), sandbox.endpoint(), sandbox.credentials(), journal);
        }
        Endpoint endpoint = Connections.endpoint(profile.endpoint(), profile.regionId(), environment);
        return Connections.open(profile.name(), endpoint, credentials(profile, sessionKey), journal);
    }

    private Credentials credentials(ConnectionProfile profile, SessionKey sessionKey) {
        switch (profile.credentialSource()) {
            case CLI_PROFILE:
                return Connections.resolveCredentials(environment, home, profile.cliProfile());
            case SESSION_KEY:
                if (sessionKey == null || sessionKey.accessKeyId().isBlank()
                    || sessionKey.accessKeySecret().isBlank()) {
                    throw new ServiceException(ServiceFailure.local(FailureKind.CREDENTIALS, "SessionKeyMissing",
                        "This profile uses a key typed in for the session, and none has been entered yet.",
                        "Edit the profile and type in the AccessKey ID and secret."), null);
                }
                return Credentials.of(sessionKey.accessKeyId(), sessionKey.accessKeySecret(),
                    "typed in for this session");
            default:
                return Connections.resolveCredentials(environment, home, null);
        }
    }
}
