package io.mqttca.console.app.cli;

import io.mqttca.console.service.ProfileConnector;

/**
 * Gives the {@code ca} subcommands the connector their connection options are connected with (as an ad-hoc
 * profile, through a {@link io.mqttca.console.service.ConnectionRegistry}); tests pass their own surroundings.
 */
@FunctionalInterface
public interface ServiceConnector {

    /** The connector for a command run in {@code context} (its environment and home directory). */
    ProfileConnector connector(CliContext context);
}
