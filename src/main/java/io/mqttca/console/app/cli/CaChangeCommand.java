package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.service.CaSnResolver;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.ResolvedItem;
import io.mqttca.console.service.SnResolution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
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

    /** {@code ca delete}. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete CA certificates (DeleteCaCertificate), with the device certificates under them.")
    static final class Delete extends CaChangeCommand {
        @Override
        ChangeAction action() {
            return ChangeAction.DELETE_CA;
        }
    }
}
