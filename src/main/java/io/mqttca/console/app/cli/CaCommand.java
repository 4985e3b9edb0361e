package io.mqttca.console.app.cli;

import picocli.CommandLine.Command;

/** {@code mqtt-ca-console ca ...}: CA certificates of an instance, for scripts. */
@Command(
    name = "ca",
    mixinStandardHelpOptions = true,
    description = "List, inspect, match, register, activate, deactivate and delete the CA certificates of an "
        + "instance.",
    subcommands = {
        CaListCommand.class,
        CaGetCommand.class,
        CaMatchCommand.class,
        CaRegisterCommand.class,
        CaChangeCommand.Activate.class,
        CaChangeCommand.Deactivate.class,
        CaChangeCommand.Delete.class
    })
public final class CaCommand extends ServiceCommand {

    /** Exit status when any item (or the whole call) failed at the service. */
    public static final int EXIT_FAILED = 3;

    public CaCommand(ServiceConnector connector, CliContext context) {
        super(connector, context);
    }
}
