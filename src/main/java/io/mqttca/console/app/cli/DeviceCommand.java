package io.mqttca.console.app.cli;

import picocli.CommandLine.Command;

/** {@code mqtt-ca-console device ...}: the device certificates under a CA of an instance, for scripts. */
@Command(
    name = "device",
    mixinStandardHelpOptions = true,
    description = "List, inspect, activate, deactivate and delete the device certificates under a CA.",
    subcommands = {
        DeviceListCommand.class,
        DeviceGetCommand.class,
        DeviceChangeCommand.Activate.class,
        DeviceChangeCommand.Deactivate.class,
        DeviceChangeCommand.Delete.class
    })
public final class DeviceCommand implements ServiceCommand {

    private final ServiceConnector connector;
    private final CliContext context;

    public DeviceCommand(ServiceConnector connector, CliContext context) {
        this.connector = connector;
        this.context = context;
    }

    @Override
    public ServiceConnector connector() {
        return connector;
    }

    @Override
    public CliContext context() {
        return context;
    }
}
