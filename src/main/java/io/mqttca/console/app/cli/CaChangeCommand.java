package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.service.CaSnResolver;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ResolvedCa;
import io.mqttca.console.service.ResolvedItem;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.SnResolution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ca activate|deactivate|delete}: one change over one or many Sn values, one line per item. */
abstract class CaChangeCommand extends ServiceSubcommand {

    @Option(names = "--sn", paramLabel = "SN", description = "An Sn to act on (repeatable), in any common form: "
        + "hex in any case, colons, without the leading 00, decimal.")
    List<String> sns = new ArrayList<>();

    @Option(names = "--sn-file", paramLabel = "FILE",
        description = "A file with one Sn per line (blank lines and lines starting with # are skipped).")
    Path snFile;

    abstract ChangeAction action();

    @Override
    int run(CertificateService service) throws Exception {
        List<String> targets = targets();
        Integer stopped = beforeChange(service, targets);
        if (stopped != null) {
            return stopped;
        }
        long start = System.nanoTime();
        CaSnResolver resolver = new CaSnResolver(service, connection.instanceId());
        List<ResolvedItem> results = await(resolver.changeCaCertificates(action(), targets, this::printLine));
        if (json) {
            out().println(JSON.writeValueAsString(toJson(results)));
        }
        return ChangeOutput.summary(results.stream().map(ResolvedItem::result).toList(), start,
            json ? err() : out());
    }

    /** Before anything changes: an exit code to stop with (a dry run, a declined question), or null to go on. */
    Integer beforeChange(CertificateService service, List<String> targets) throws Exception {
        return null;
    }

    private List<String> targets() throws IOException {
        return SnList.read(sns, snFile, spec.commandLine());
    }

    /**
     * Per item: {@code OK <sn>} or {@code FAILED <sn>} on stdout (text only), {@code <sn>} as given; a note on
     * stderr naming the Sn used when it was resolved, and with --json the failure's text on stderr.
     */
    private void printLine(ResolvedItem item) {
        ItemResult result = item.result();
        SnResolution resolution = item.resolution();
        synchronized (this) {
            String note = SnNotes.note(resolution);
            if (note != null) {
                err().println(note);
            }
            if (json) {
                if (!result.succeeded() && resolution.outcome() != SnResolution.Outcome.AS_GIVEN) {
                    err().println("error: " + resolution.given() + ": "
                        + SnNotes.explanation(resolution, result.failure()));
                }
            } else {
                out().println(ChangeOutput.line(resolution.given(), result, result.succeeded() ? null
                    : SnNotes.explanation(resolution, result.failure())));
            }
        }
    }

    private static ArrayNode toJson(List<ResolvedItem> items) {
        ArrayNode array = JSON.createArrayNode();
        for (ResolvedItem item : items) {
            ObjectNode node = ChangeOutput.item(array.addObject(), item.resolution().given(), item.result());
            node.put("usedSn", item.resolution().used());
            node.put("snResolution", SnNotes.outcome(item.resolution()));
        }
        return array;
    }

    /** {@code ca activate}. */
    @Command(name = "activate", mixinStandardHelpOptions = true,
        description = "Activate CA certificates (ActiveCaCertificate).")
    static final class Activate extends CaChangeCommand {
        @Override
        ChangeAction action() {
            return ChangeAction.ACTIVATE_CA;
        }
    }

    /** {@code ca deactivate}. */
    @Command(name = "deactivate", mixinStandardHelpOptions = true,
        description = "Deactivate CA certificates (InactivateCaCertificate): devices they issued may fail to connect.")
    static final class Deactivate extends CaChangeCommand {
        @Override
        ChangeAction action() {
            return ChangeAction.DEACTIVATE_CA;
        }
    }

    /** {@code ca delete}: asks first on a terminal, needs --yes without one; --dry-run shows what would go. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete CA certificates (DeleteCaCertificate), with the device certificates under them. Asks "
            + "first on a terminal; scripts pass --yes.")
    static final class Delete extends CaChangeCommand {

        @Mixin
        DeleteConfirmation confirmation;

        @Override
        ChangeAction action() {
            return ChangeAction.DELETE_CA;
        }

        @Override
        Integer beforeConnecting() {
            return confirmation.refuseWithoutTerminal(this, "CA certificate");
        }

        @Override
        Integer beforeChange(CertificateService service, List<String> targets) throws Exception {
            if (confirmation.dryRun) {
                return dryRun(service, targets);
            }
            return confirmation.declined(this, "CA certificate", targets);
        }

        /** One line per Sn: what would be deleted with its device count, or why it would fail; nothing changes. */
        private int dryRun(CertificateService service, List<String> targets) throws Exception {
            CaSnResolver resolver = new CaSnResolver(service, connection.instanceId());
            int missing = 0;
            for (String sn : targets) {
                ResolvedCa found = await(resolver.getCaCertificate(sn));
                if (found.certificate() == null) {
                    missing++;
                    out().println("NOT FOUND     " + sn + "  Code=" + found.failure().code() + "  "
                        + SnNotes.explanation(found.resolution(), found.failure()));
                    continue;
                }
                out().println("WOULD DELETE  " + sn + "  " + found.certificate().name() + "  ("
                    + deviceCount(service, found.certificate().sn()) + ")");
            }
            return DeleteConfirmation.dryRunSummary(out(), targets.size(), missing);
        }

        private String deviceCount(CertificateService service, String sn) throws InterruptedException {
            try {
                int count = await(service.countDeviceCertificates(connection.instanceId(), sn));
                return count == 1 ? "1 device certificate" : count + " device certificates";
            } catch (ServiceException e) {
                return "device count unknown: " + e.failure().code();
            }
        }
    }
}
