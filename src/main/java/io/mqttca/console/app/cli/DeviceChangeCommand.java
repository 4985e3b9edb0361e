package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ServiceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code device activate|deactivate|delete}: one change over device certificates of one CA, one line per item in
 * the same form as {@code ca activate}: {@code OK <sn> RequestId=…} or {@code FAILED <sn> Code=… RequestId=…}.
 */
abstract class DeviceChangeCommand extends ServiceSubcommand {

    @Option(names = "--ca", required = true, paramLabel = "SN", description = "The Sn of the CA that issued them.")
    String caSn;

    @Option(names = "--sn", paramLabel = "DEVICE_SN", description = "A device certificate's Sn (repeatable).")
    List<String> sns = new ArrayList<>();

    @Option(names = "--sn-file", paramLabel = "FILE",
        description = "A file with one device Sn per line (blank lines and lines starting with # are skipped).")
    Path snFile;

    abstract ChangeAction action();

    @Override
    int run(CertificateService service) throws Exception {
        List<String> targets = SnList.read(sns, snFile, spec.commandLine());
        Integer stopped = beforeChange(service, targets);
        if (stopped != null) {
            return stopped;
        }
        long start = System.nanoTime();
        List<ItemResult> results = await(service.changeDeviceCertificates(connection.instanceId(), caSn.strip(),
            action(), targets, (result, done, total) -> printLine(result)).results());
        if (json) {
            ArrayNode array = JSON.createArrayNode();
            results.forEach(result -> ChangeOutput.item(array.addObject(), result.sn(), result));
            out().println(JSON.writeValueAsString(array));
        }
        return ChangeOutput.summary(results, start, json ? err() : out());
    }

    /** Before anything changes: an exit code to stop with (a dry run, a declined question), or null to go on. */
    Integer beforeChange(CertificateService service, List<String> targets) throws Exception {
        return null;
    }

    private synchronized void printLine(ItemResult result) {
        if (!json) {
            out().println(ChangeOutput.line(result.sn(), result, result.succeeded() ? null
                : result.failure().explanation()));
        }
    }

    /** {@code device activate}. */
    @Command(name = "activate", mixinStandardHelpOptions = true,
        description = "Activate device certificates (ActiveDeviceCertificate): the devices can connect again.")
    static final class Activate extends DeviceChangeCommand {
        @Override
        ChangeAction action() {
            return ChangeAction.ACTIVATE_DEVICE;
        }
    }

    /** {@code device deactivate}. */
    @Command(name = "deactivate", mixinStandardHelpOptions = true, description = "Deactivate device certificates "
        + "(InactivateDeviceCertificate): the devices cannot connect until reactivated.")
    static final class Deactivate extends DeviceChangeCommand {
        @Override
        ChangeAction action() {
            return ChangeAction.DEACTIVATE_DEVICE;
        }
    }

    /** {@code device delete}: asks first on a terminal, needs --yes without one; --dry-run shows what would go. */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete device certificates "
        + "(DeleteDeviceCertificate): only the registration goes; a device whose CA is active registers again on "
        + "its next connection, so deactivate it to keep it out. Asks first on a terminal; scripts pass --yes.")
    static final class Delete extends DeviceChangeCommand {

        @Mixin
        DeleteConfirmation confirmation;

        @Override
        ChangeAction action() {
            return ChangeAction.DELETE_DEVICE;
        }

        @Override
        Integer beforeConnecting() {
            return confirmation.refuseWithoutTerminal(this, "device certificate");
        }

        @Override
        Integer beforeChange(CertificateService service, List<String> targets) throws Exception {
            if (confirmation.dryRun) {
                return dryRun(service, targets);
            }
            return confirmation.declined(this, "device certificate", targets);
        }

        /** One line per device Sn: what would be deleted, or why it would fail; nothing changes. */
        private int dryRun(CertificateService service, List<String> targets) throws Exception {
            int missing = 0;
            for (String sn : targets) {
                try {
                    DeviceCertificate device = await(service.getDeviceCertificate(connection.instanceId(),
                        caSn.strip(), sn));
                    out().println("WOULD DELETE  " + sn + "  " + (device.deviceName() == null ? "-"
                        : device.deviceName()) + "  " + device.status());
                } catch (ServiceException e) {
                    missing++;
                    out().println("NOT FOUND     " + sn + "  Code=" + e.failure().code() + "  "
                        + e.failure().explanation());
                }
            }
            return DeleteConfirmation.dryRunSummary(out(), targets.size(), missing);
        }
    }
}
