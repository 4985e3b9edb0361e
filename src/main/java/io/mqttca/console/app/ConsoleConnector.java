package io.mqttca.console.app;

import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.CloudConnector;
import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.ProfileConnector;
import io.mqttca.console.service.SessionKey;
import java.nio.file.Path;
import java.util.Map;

/**
 * The window's connector: the "Local sandbox" profile goes to the embedded emulator with its demo key; a
 * profile on {@link ConnectionProfile#EMBEDDED_SANDBOX} to the emulator's port of the moment with its own
 * credentials; every other Alibaba Cloud profile to the service layer's {@link CloudConnector}. Every service
 * writes to the one change journal the activity panel shows.
 */
public final class ConsoleConnector implements ProfileConnector {

    private final Sandbox sandbox;
    private final ChangeJournal journal;
    private final CloudConnector cloud;

    public ConsoleConnector(Sandbox sandbox, ChangeJournal journal, Map<String, String> environment, Path home) {
        this.sandbox = sandbox;
        this.journal = journal;
        this.cloud = new CloudConnector(journal, environment, home);
    }

    @Override
    public CertificateService connect(ConnectionProfile profile, SessionKey sessionKey) {
        if (profile.isSandbox()) {
            return Connections.open(profile.name(), sandbox.endpoint(), sandbox.credentials(), journal);
        }
        if (profile.usesEmbeddedSandbox()) {
            return cloud.connect(profile, sessionKey, sandbox.endpoint());
        }
        return cloud.connect(profile, sessionKey);
    }
}
