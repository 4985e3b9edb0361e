package io.mqttca.console.app.cli;

import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.CloudConnector;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.service.ProfileConnector;

/**
 * Connects the {@code ca} subcommands with the service layer's {@link CloudConnector}: credentials from the
 * environment or an aliyun CLI profile, the endpoint from {@code --endpoint} or {@code --region}, changes journalled
 * in the user data directory like the window's.
 */
public final class DefaultServiceConnector implements ServiceConnector {

    private final DataDirectory dataDirectory;

    public DefaultServiceConnector(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public ProfileConnector connector(CliContext context) {
        return new CloudConnector(new ChangeJournal(dataDirectory.journalFile()), context.environment(),
            context.home());
    }
}
