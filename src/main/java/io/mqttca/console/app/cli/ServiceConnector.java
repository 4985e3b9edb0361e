package io.mqttca.console.app.cli;

import io.mqttca.console.service.CertificateService;

/** Turns the {@code ca} subcommands' connection options into a service (credentials, endpoint, client). */
@FunctionalInterface
public interface ServiceConnector {

    /**
     * Connects; throws {@link io.mqttca.console.service.ServiceException} with a clear failure when the options or
     * credentials are unusable.
     */
    CertificateService connect(ConnectionOptions options, CliContext context);
}
