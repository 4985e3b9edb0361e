package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.cert.CaKeyException;
import io.mqttca.console.cert.CaKeyProblem;
import io.mqttca.console.cert.CaPrivateKeys;
import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.InspectionResult;
import io.mqttca.console.cert.VerificationCertificates;
import io.mqttca.console.service.CertificateMatch;
import io.mqttca.console.service.CertificateMatcher;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ItemResult;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ca register}: registers a CA certificate with a verification certificate that is either given or made
 * locally from the CA's private key and the instance's registration code. Everything that can be checked locally
 * is checked before RegisterCaCertificate is called; the private key and its password are never written or
 * printed.
 */
@Command(name = "register", mixinStandardHelpOptions = true,
    description = {"Register a CA certificate (RegisterCaCertificate).",
        "The verification certificate is given with --verification, or generated from the CA private key",
        "(--ca-key; an encrypted key's password is read from the environment variable named by",
        "--ca-key-password-env). Prints the new Sn and the RequestId.",
        "Exit status: 0 registered, 2 a local check failed (nothing sent), 3 the service refused, 1 usage error."})
final class CaRegisterCommand extends CaSubcommand {

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The CA name (CaName).")
    String name;

    @Option(names = "--ca", required = true, paramLabel = "FILE", description = "The CA certificate (PEM or DER).")
    Path caFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Verification verification;

    @Option(names = "--ca-key-password-env", paramLabel = "VAR",
        description = "The environment variable holding the password of an encrypted CA key.")
    String passwordVariable;

    /** Either a ready verification certificate or the CA key to make one. */
    static final class Verification {
        @Option(names = "--verification", paramLabel = "FILE", description = "A ready verification certificate.")
        Path file;

        @Option(names = "--ca-key", paramLabel = "FILE", description = "The CA's private key (PEM), to generate "
            + "the verification certificate locally.")
        Path caKey;
    }

    @Override
    int run(CertificateService service) throws Exception {
        Instant now = parent.context().clock().instant();
        CertificateDetails ca = firstCertificate(caFile);
        if (ca == null) {
            return CaMatchCommand.EXIT_INPUT_ERROR;
        }
        String verificationPem;
        try {
            VerificationCertificates.checkCa(ca, now);
            CertificateMatch match = new CertificateMatcher(
                await(service.listCaCertificates(connection.instanceId())).items(), now).match(ca);
            if (match.registered() != null) {
                err().println("error: the serial " + ca.serialHex() + " is already registered on "
                    + connection.instanceId() + " as Sn " + match.registered().sn() + " (" + match.state() + ").");
                return CaMatchCommand.EXIT_INPUT_ERROR;
            }
            verificationPem = verificationPem(service, ca, now);
        } catch (CaKeyException e) {
            err().println("error: " + e.getMessage());
            return CaMatchCommand.EXIT_INPUT_ERROR;
        }
        if (verificationPem == null) {
            return CaMatchCommand.EXIT_INPUT_ERROR;
        }
        ItemResult result = await(service.registerCaCertificate(connection.instanceId(), name, ca.pem(),
            verificationPem));
        if (!result.succeeded()) {
            reportFailure(result.failure());
            return CaCommand.EXIT_FAILED;
        }
        if (json) {
            ObjectNode node = JSON.createObjectNode();
            node.put("caName", name);
            node.put("sn", result.sn());
            node.put("requestId", result.requestId());
            out().println(JSON.writeValueAsString(node));
        } else {
            out().println("Registered " + name);
            out().println("Sn:        " + result.sn());
            out().println("RequestId: " + result.requestId());
        }
        return 0;
    }

    /** The verification certificate's PEM, or null when the given file holds none (already reported). */
    private String verificationPem(CertificateService service, CertificateDetails ca, Instant now)
            throws CaKeyException, InterruptedException {
        if (verification.file != null) {
            CertificateDetails given = firstCertificate(verification.file);
            return given == null ? null : given.pem();
        }
        char[] password = password();
        PrivateKey key = CaPrivateKeys.read(verification.caKey, password);
        VerificationCertificates.checkKeyMatches(key, ca);
        String code = await(service.getRegisterCode(connection.instanceId()));
        CertificateDetails generated = VerificationCertificates.generate(ca, key, code, now);
        out().println("Generated a verification certificate with CN=" + code + ", valid until "
            + generated.notAfter());
        return generated.pem();
    }

    private char[] password() throws CaKeyException {
        if (passwordVariable == null) {
            return null;
        }
        String value = parent.context().environment().get(passwordVariable);
        if (value == null) {
            throw new CaKeyException(CaKeyProblem.PASSWORD_REQUIRED,
                "The environment variable " + passwordVariable + " is not set.");
        }
        return value.toCharArray();
    }

    private CertificateDetails firstCertificate(Path file) {
        InspectionResult result = new CertificateInspector().inspect(file);
        if (result.certificates().isEmpty()) {
            result.errors().forEach(error -> err().println("error: " + error.source() + ": " + error.message()));
            if (result.errors().isEmpty()) {
                err().println("error: " + file + ": no certificate found.");
            }
            return null;
        }
        return result.certificates().get(0);
    }
}
