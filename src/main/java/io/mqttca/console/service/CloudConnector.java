package io.mqttca.console.service;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.cloud.RateLimit;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Connects Alibaba Cloud profiles, for the window and the command line alike: the endpoint from the profile's URL or
 * region (else the environment's default region), the access key from the environment, a named aliyun CLI profile or
 * the key typed in for the session, and every change written to the one journal given. The sandbox is not its
 * business; the application's connector handles it and delegates the rest here.
 */
public final class CloudConnector implements ProfileConnector {

    private final ChangeJournal journal;
    private final Map<String, String> environment;
    private final Path home;
    private final RateLimit rateLimit;

    /**
     * @param journal     where the services write their changes
     * @param environment the environment variables (credentials, default region)
     * @param home        the user's home directory (the aliyun CLI's profile file)
     */
    public CloudConnector(ChangeJournal journal, Map<String, String> environment, Path home) {
        this(journal, environment, home, RateLimit.DEFAULT);
    }

    private CloudConnector(ChangeJournal journal, Map<String, String> environment, Path home, RateLimit rateLimit) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.environment = Map.copyOf(environment);
        this.home = Objects.requireNonNull(home, "home");
        this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    }

    /**
     * The same connector for an account whose limit is not the documented default (Alibaba raises it on request):
     * its clients pace to {@code limit} and still slow down when the service throttles them.
     */
    public CloudConnector withRateLimit(RateLimit limit) {
        return new CloudConnector(journal, environment, home, limit);
    }

    @Override
    public CertificateService connect(ConnectionProfile profile, SessionKey sessionKey) {
        if (profile.isSandbox()) {
            throw new IllegalArgumentException("The sandbox is connected by the application, not the cloud connector");
        }
        if (profile.usesEmbeddedSandbox()) {
            throw new ServiceException(ServiceFailure.local(FailureKind.INVALID_INPUT, "SandboxNotRunning",
                ServiceFailure.text("sandboxNotRunning.explanation"),
                ServiceFailure.text("sandboxNotRunning.whatToDo")), null);
        }
        Endpoint endpoint = Connections.endpoint(profile.endpoint(), profile.regionId(), environment);
        return connect(profile, sessionKey, endpoint);
    }

    /**
     * Connects {@code profile} with its own credentials to {@code endpoint}, whatever its saved endpoint says: the
     * application passes the embedded sandbox's URL of the moment for a profile on {@link
     * ConnectionProfile#EMBEDDED_SANDBOX}.
     */
    public CertificateService connect(ConnectionProfile profile, SessionKey sessionKey, Endpoint endpoint) {
        return Connections.open(profile.name(), endpoint, credentials(profile, sessionKey), journal, rateLimit);
    }

    private Credentials credentials(ConnectionProfile profile, SessionKey sessionKey) {
        CredentialSource source = profile.credentialSource() == null ? CredentialSource.ENVIRONMENT
            : profile.credentialSource();
        return switch (source) {
            case CLI_PROFILE -> Connections.resolveCredentials(environment, home, profile.cliProfile());
            case SESSION_KEY -> sessionCredentials(sessionKey);
            case ENVIRONMENT -> Connections.resolveCredentials(environment, home, null);
        };
    }

    private static Credentials sessionCredentials(SessionKey sessionKey) {
        if (sessionKey == null || sessionKey.accessKeyId().isBlank() || sessionKey.accessKeySecret().isBlank()) {
            throw new ServiceException(ServiceFailure.local(FailureKind.CREDENTIALS, "SessionKeyMissing",
                ServiceFailure.text("sessionKeyMissing.explanation"),
                ServiceFailure.text("sessionKeyMissing.whatToDo")), null);
        }
        return Credentials.of(sessionKey.accessKeyId(), sessionKey.accessKeySecret(), "typed in for this session");
    }
}
