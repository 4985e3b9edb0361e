package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.Expiry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ca get}: one CA certificate with its PEM. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one CA certificate, with its PEM.")
final class CaGetCommand extends CaSubcommand {

    @Option(names = "--sn", required = true, paramLabel = "SN", description = "The CA's Sn.")
    String sn;

    @Override
    int run(CertificateService service) throws Exception {
        CaCertificate ca = await(service.getCaCertificate(connection.instanceId(), sn));
        if (json) {
            ObjectNode node = CaListCommand.toJson(ca);
            node.put("registrationCode", ca.registrationCode());
            node.put("pem", ca.pem());
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
            out().print(ca.pem().endsWith("\n") ? ca.pem() : ca.pem() + "\n");
        }
        return 0;
    }
}
