package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.service.Listing;
import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.Expiry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code ca list}: every CA certificate of the instance. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the instance's CA certificates.")
final class CaListCommand extends ServiceSubcommand {

    @Override
    int run(CertificateService service) throws Exception {
        Listing<CaCertificate> listing = await(service.listCaCertificates(connection.instanceId()));
        List<CaCertificate> cas = listing.items();
        if (!listing.complete()) {
            err().println("warning: the service returned more pages than the console reads; only the first "
                + cas.size() + " CA certificates are listed.");
        }
        if (json) {
            out().println(JSON.writeValueAsString(toJson(cas)));
        } else {
            printTable(cas);
        }
        return 0;
    }

    static ObjectNode toJson(CaCertificate ca) {
        ObjectNode node = JSON.createObjectNode();
        node.put("caName", ca.name());
        node.put("sn", ca.sn());
        node.put("status", ca.status().name());
        node.put("validBegin", iso(ca.validBegin()));
        node.put("validEnd", iso(ca.validEnd()));
        node.put("subjectCommonName", ca.subjectCommonName());
        return node;
    }

    private static ArrayNode toJson(List<CaCertificate> cas) {
        ArrayNode array = JSON.createArrayNode();
        cas.forEach(ca -> array.add(toJson(ca)));
        return array;
    }

    private void printTable(List<CaCertificate> cas) {
        Instant now = parent.context().clock().instant();
        TextTable table = new TextTable("NAME", "SN", "STATUS", "VALID UNTIL", "EXPIRY");
        for (CaCertificate ca : cas) {
            table.add(ca.name(), ca.sn(), ca.status().name(), ca.validEnd() == null ? "-" : iso(ca.validEnd()),
                Expiry.of(ca.validEnd(), now, Expiry.DEFAULT_WARNING_DAYS).describe());
        }
        table.print(out());
        out().println(cas.size() + (cas.size() == 1 ? " CA certificate" : " CA certificates"));
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
