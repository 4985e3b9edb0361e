package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.cert.CertificateFiles;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.InputError;
import io.mqttca.console.cert.InspectionResult;
import io.mqttca.console.service.CertificateMatch;
import io.mqttca.console.service.CertificateMatcher;
import io.mqttca.console.service.CertificateService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ca match --instance ID FILE...}: reads certificate files locally and tells, for each certificate, whether
 * its serial is registered on the instance ({@link CertificateMatcher}). JSON objects carry {@code source},
 * {@code index}, {@code serialHex}, {@code subjectCommonName}, {@code match}, and for a registered serial
 * {@code sn} and {@code sameCertificate} (false: the instance holds a different certificate with this serial;
 * null: the server sent no PEM to compare). Failed inputs are objects with {@code error} and {@code message}.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = {"Match certificate files against the instance's registered CA certificates.",
        "match is one of REGISTERED_ACTIVE, REGISTERED_INACTIVE, NOT_REGISTERED, NOT_A_CA, EXPIRED;",
        "sameCertificate=false marks a registered serial whose registered certificate is a different one.",
        "Folders are searched for .pem, .crt, .cer and .der files.",
        "Exit status: 0 all inputs read, 2 an input or block failed, 3 the service failed, 1 usage error."})
final class CaMatchCommand extends ServiceSubcommand {

    /** Exit status when an input or one of its blocks could not be read as a certificate. */
    static final int EXIT_INPUT_ERROR = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Certificate files or folders (PEM or DER).")
    List<Path> files;

    @Override
    int run(CertificateService service) throws Exception {
        CertificateInspector inspector = new CertificateInspector();
        List<InspectionResult> results = new ArrayList<>();
        for (Path file : CertificateFiles.expand(files)) {
            results.add(inspector.inspect(file));
        }
        CertificateMatcher matcher = new CertificateMatcher(
            await(service.listCaCertificates(connection.instanceId())).items(), parent.context().clock().instant());
        ArrayNode array = JSON.createArrayNode();
        TextTable table = new TextTable("SOURCE", "SERIAL", "SUBJECT CN", "MATCH", "SN");
        boolean failed = false;
        for (InspectionResult result : results) {
            for (CertificateMatch match : matcher.matchAll(result.certificates())) {
                array.add(toJson(match));
                table.add(match.certificate().source() + "#" + match.certificate().index(),
                    match.certificate().serialHex(), dash(match.certificate().subjectCommonName()), describe(match),
                    match.registered() == null ? "-" : match.registered().sn());
            }
            for (InputError error : result.errors()) {
                ObjectNode node = array.addObject();
                node.put("source", error.source());
                node.put("index", error.index());
                node.put("error", error.code().name());
                node.put("message", error.message());
                err().println("error: " + error.source() + ": " + error.message());
                failed = true;
            }
        }
        if (json) {
            out().println(JSON.writeValueAsString(array));
        } else {
            table.print(out());
        }
        return failed ? EXIT_INPUT_ERROR : 0;
    }

    private static ObjectNode toJson(CertificateMatch match) {
        ObjectNode node = JSON.createObjectNode();
        node.put("source", match.certificate().source());
        node.put("index", match.certificate().index());
        node.put("serialHex", match.certificate().serialHex());
        node.put("subjectCommonName", match.certificate().subjectCommonName());
        node.put("match", match.state().name());
        if (match.registered() != null) {
            node.put("sn", match.registered().sn());
            node.put("sameCertificate", match.sameCertificate());
        }
        return node;
    }

    private static String describe(CertificateMatch match) {
        return match.isDifferentCertificate() ? match.state().name() + " (different certificate, same serial)"
            : match.state().name();
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }
}
