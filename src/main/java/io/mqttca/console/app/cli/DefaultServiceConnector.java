package io.mqttca.console.app.cli;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.Connections;
import io.mqttca.console.service.DataDirectory;

/**
 * Connects the {@code ca} subcommands: credentials from the environment or an aliyun CLI profile, the endpoint from
 * {@code --endpoint} or {@code --region}, changes journalled in the user data directory like the window's.
 */
public final class DefaultServiceConnector implements ServiceConnector {

    private final DataDirectory dataDirectory;

    public DefaultServiceConnector(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public CertificateService connect(ConnectionOptions options, CliContext context) {
        Endpoint endpoint = Connections.endpoint(options.endpoint(), options.region(), context.environment());
        Credentials credentials = Connections.resolveCredentials(context.environment(), context.home(),
            options.profile());
        String name = options.profile() == null ? "command line" : "command line (" + options.profile() + ")";
        return Connections.open(name, endpoint, credentials, new ChangeJournal(dataDirectory.journalFile()));
    }
}
