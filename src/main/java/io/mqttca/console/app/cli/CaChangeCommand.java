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
import java.util.Locale;
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
        double seconds = (System.nanoTime() - start) / 1e9;
        long failed = results.stream().filter(r -> !r.result().succeeded()).count();
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
            } else if (result.succeeded()) {
                out().println("OK      " + resolution.given() + "  RequestId=" + result.requestId());
            } else {
                out().println("FAILED  " + resolution.given() + "  Code=" + result.failure().code() + "  RequestId="
                    + (result.requestId() == null ? "-" : result.requestId()) + "  "
                    + SnNotes.explanation(resolution, result.failure()));
            }
        }
    }

    private static ArrayNode toJson(List<ResolvedItem> items) {
        ArrayNode array = JSON.createArrayNode();
        for (ResolvedItem item : items) {
            ItemResult result = item.result();
            ObjectNode node = array.addObject();
            node.put("sn", item.resolution().given());
            node.put("action", result.action().name());
            node.put("outcome", result.succeeded() ? "SUCCEEDED" : "FAILED");
            node.put("requestId", result.requestId());
            node.put("code", result.succeeded() ? null : result.failure().code());
            node.put("message", result.succeeded() ? null : result.failure().message());
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
            if (confirmation.refusesWithoutTerminal(parent.context().terminal())) {
                reportRefusal(DeleteConfirmation.REFUSED_CODE, List.of(DeleteConfirmation.refusal(
                    "CA certificates")), DeleteConfirmation.refusalAction());
                return ConsoleCommand.EXIT_USAGE;
            }
            return null;
        }

        @Override
        Integer beforeChange(CertificateService service, List<String> targets) throws Exception {
            if (confirmation.dryRun) {
                return dryRun(service, targets);
            }
            if (!confirmation.confirmed(parent.context().terminal(), targets.size() == 1 ? "1 CA certificate"
                : targets.size() + " CA certificates", targets)) {
                err().println("Nothing was deleted.");
                return ConsoleCommand.EXIT_USAGE;
            }
            return null;
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
            out().println("Dry run: " + (targets.size() - missing) + " would be deleted, " + missing
                + " not found; nothing was changed.");
            return missing == 0 ? 0 : CaCommand.EXIT_FAILED;
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
