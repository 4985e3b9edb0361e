package io.mqttca.console.app.cli;

/** A command group whose subcommands call the service ({@code ca}, {@code device}): how they connect. */
abstract class ServiceCommand {

    private final ServiceConnector connector;
    private final CliContext context;

    ServiceCommand(ServiceConnector connector, CliContext context) {
        this.connector = connector;
        this.context = context;
    }

    ServiceConnector connector() {
        return connector;
    }

    CliContext context() {
        return context;
    }
}
