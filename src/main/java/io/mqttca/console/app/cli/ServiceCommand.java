package io.mqttca.console.app.cli;

/** A command group whose subcommands call the service ({@code ca}, {@code device}): how they connect. */
interface ServiceCommand {

    ServiceConnector connector();

    CliContext context();
}
