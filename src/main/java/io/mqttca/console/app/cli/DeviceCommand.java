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
public final class DeviceCommand extends ServiceCommand {

    public DeviceCommand(ServiceConnector connector, CliContext context) {
        super(connector, context);
    }
}
