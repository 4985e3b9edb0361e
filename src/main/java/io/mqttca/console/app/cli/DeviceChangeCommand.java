package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ServiceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        double seconds = (System.nanoTime() - start) / 1e9;
        long failed = results.stream().filter(result -> !result.succeeded()).count();
        if (json) {
            out().println(JSON.writeValueAsString(toJson(results)));
        }
        String summary = String.format(Locale.ROOT, "%d succeeded, %d failed in %.2f s",
            results.size() - failed, failed, seconds);
        (json ? err() : out()).println(summary);
        return failed == 0 ? 0 : CaCommand.EXIT_FAILED;
    }

    /** Before anything changes: an exit code to stop with (a dry run, a declined question), or null to go on. */
    Integer beforeChange(CertificateService service, List<String> targets) throws Exception {
        return null;
    }

    private synchronized void printLine(ItemResult result) {
        if (json) {
            return;
        }
        if (result.succeeded()) {
            out().println("OK      " + result.sn() + "  RequestId=" + result.requestId());
        } else {
            out().println("FAILED  " + result.sn() + "  Code=" + result.failure().code() + "  RequestId="
                + (result.requestId() == null ? "-" : result.requestId()) + "  " + result.failure().explanation());
        }
    }

    private static ArrayNode toJson(List<ItemResult> results) {
        ArrayNode array = JSON.createArrayNode();
        for (ItemResult result : results) {
            ObjectNode node = array.addObject();
            node.put("sn", result.sn());
            node.put("action", result.action().name());
            node.put("outcome", result.succeeded() ? "SUCCEEDED" : "FAILED");
            node.put("requestId", result.requestId());
            node.put("code", result.succeeded() ? null : result.failure().code());
            node.put("message", result.succeeded() ? null : result.failure().message());
        }
        return array;
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
            if (confirmation.refusesWithoutTerminal(parent.context().terminal())) {
                reportRefusal(DeleteConfirmation.REFUSED_CODE, List.of(DeleteConfirmation.refusal(
                    "device certificates")), DeleteConfirmation.refusalAction());
                return ConsoleCommand.EXIT_USAGE;
            }
            return null;
        }

        @Override
        Integer beforeChange(CertificateService service, List<String> targets) throws Exception {
            if (confirmation.dryRun) {
                return dryRun(service, targets);
            }
            if (!confirmation.confirmed(parent.context().terminal(), targets.size() == 1 ? "1 device certificate"
                : targets.size() + " device certificates", targets)) {
                err().println("Nothing was deleted.");
                return ConsoleCommand.EXIT_USAGE;
            }
            return null;
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
            out().println("Dry run: " + (targets.size() - missing) + " would be deleted, " + missing
                + " not found; nothing was changed.");
            return missing == 0 ? 0 : CaCommand.EXIT_FAILED;
        }
    }
}
