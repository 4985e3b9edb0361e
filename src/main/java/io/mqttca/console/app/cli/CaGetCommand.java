package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CaSnResolver;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.service.ResolvedCa;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ca get}: one CA certificate with its PEM. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one CA certificate, with its PEM.")
final class CaGetCommand extends ServiceSubcommand {

    @Option(names = "--sn", required = true, paramLabel = "SN",
        description = "The CA's Sn, in any common form (hex in any case, colons, without the leading 00, decimal).")
    String sn;

    @Override
    int run(CertificateService service) throws Exception {
        ResolvedCa found = await(new CaSnResolver(service, connection.instanceId()).getCaCertificate(sn));
        if (found.certificate() == null) {
            reportFailure(SnNotes.explained(found.resolution(), found.failure()));
            return CaCommand.EXIT_FAILED;
        }
        String note = SnNotes.note(found.resolution());
        if (note != null) {
            err().println(note);
        }
        CaCertificate ca = found.certificate();
        if (json) {
            ObjectNode node = CaListCommand.toJson(ca);
            node.put("registrationCode", ca.registrationCode());
            node.put("pem", ca.pem());
            node.put("usedSn", found.resolution().used());
            node.put("snResolution", SnNotes.outcome(found.resolution()));
            out().println(JSON.writeValueAsString(node));
            return 0;
        }
        out().println("Name:        " + ca.name());
        out().println("Sn:          " + ca.sn());
        out().println("Status:      " + ca.status());
        out().println("Subject CN:  " + (ca.subjectCommonName() == null ? "-" : ca.subjectCommonName()));
        out().println("Valid from:  " + CaListCommand.iso(ca.validBegin()));
        out().println("Valid until: " + CaListCommand.iso(ca.validEnd()) + "  ("
            + Expiry.of(ca.validEnd(), parent.context().clock().instant(), Expiry.DEFAULT_WARNING_DAYS).describe()
            + ")");
        if (ca.pem() != null) {
            out().println();
            out().println(ca.pem().stripTrailing());
        }
        return 0;
    }
}
