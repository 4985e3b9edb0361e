package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.cert.CaKeyException;
import io.mqttca.console.cert.CaKeyProblem;
import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.service.CaRegistration;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.Checked;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.RegistrationProblem;
import io.mqttca.console.service.RegistrationProblem.AlreadyRegistered;
import io.mqttca.console.service.RegistrationProblem.NoCertificate;
import io.mqttca.console.service.RegistrationProblem.Unusable;
import io.mqttca.console.service.RegistrationProblem.WrongCommonName;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ca register}: registers a CA certificate with a verification certificate that is either given or made
 * locally from the CA's private key and the instance's registration code. Everything that can be checked locally
 * (through {@link CaRegistration}, the checks the window's wizard makes too: a given verification certificate's CN
 * and signer included) is checked before RegisterCaCertificate is called; the private key and its password are
 * never written or printed.
 */
@Command(name = "register", mixinStandardHelpOptions = true,
    description = {"Register a CA certificate (RegisterCaCertificate).",
        "The verification certificate is given with --verification, or generated from the CA private key",
        "(--ca-key; an encrypted key's password is read from the environment variable named by",
        "--ca-key-password-env). A given one must carry the instance's registration code as its CN and be",
        "signed by the CA's key; both are checked before anything is sent. Prints the new Sn and the RequestId.",
        "Exit status: 0 registered, 2 a local check failed (nothing sent), 3 the service refused, 1 usage error."})
final class CaRegisterCommand extends ServiceSubcommand {

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
        // The command waits for every step, so the checks may run on whichever thread completes them.
        CaRegistration registration = new CaRegistration(service, connection.instanceId(), Runnable::run,
            parent.context().clock());
        Checked<CertificateDetails> ca = await(registration.readCa(caFile));
        if (!ca.passed()) {
            report(ca.problem());
            return CaMatchCommand.EXIT_INPUT_ERROR;
        }
        Checked<CertificateDetails> checked;
        try {
            checked = verification(registration, ca.value());
        } catch (CaKeyException e) {
            reportRefusal(e.problem().name(), List.of(e.getMessage()), null);
            return CaMatchCommand.EXIT_INPUT_ERROR;
        }
        if (!checked.passed()) {
            report(checked.problem());
            return CaMatchCommand.EXIT_INPUT_ERROR;
        }
        ItemResult result = await(registration.register(name, ca.value(), checked.value()));
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

    /** The given verification certificate checked, or one generated from the CA key. */
    private Checked<CertificateDetails> verification(CaRegistration registration, CertificateDetails ca)
            throws CaKeyException, InterruptedException {
        if (verification.file != null) {
            String code = await(registration.registrationCode());
            return await(registration.readVerification(verification.file, ca, code));
        }
        char[] password = password();
        String code = await(registration.registrationCode());
        Checked<CertificateDetails> generated = await(registration.generateVerification(ca, verification.caKey,
            password, code));
        if (generated.passed()) {
            // With --json, stdout carries the one JSON object only.
            (json ? err() : out()).println("Generated a verification certificate with CN=" + code + ", valid until "
                + generated.value().notAfter());
        }
        return generated;
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

    /** A local refusal on stderr (and with --json on stdout): what is wrong and what to do. */
    private void report(RegistrationProblem problem) {
        if (problem instanceof NoCertificate none) {
            List<String> errors = none.errors().stream().map(error -> error.source() + ": " + error.message())
                .toList();
            reportRefusal(none.errors().isEmpty() ? "NO_CERTIFICATE" : none.errors().get(0).code().name(),
                errors.isEmpty() ? List.of(none.source() + ": no certificate found.") : errors, null);
        } else if (problem instanceof Unusable unusable) {
            reportRefusal(unusable.kind().name(), List.of(unusable.message()), null);
        } else if (problem instanceof AlreadyRegistered registered) {
            reportRefusal("ALREADY_REGISTERED", List.of("the serial " + registered.certificate().serialHex()
                + " is already registered on " + connection.instanceId() + " as Sn " + registered.registered().sn()
                + " (" + registered.state() + ")."), null);
        } else if (problem instanceof WrongCommonName wrongCn) {
            reportRefusal("WRONG_COMMON_NAME", List.of(verification.file + ": the verification certificate's CN is "
                + (wrongCn.found() == null ? "missing" : "\"" + wrongCn.found() + "\"")
                + ", not the registration code of " + connection.instanceId() + " (" + wrongCn.expected() + ")."),
                "issue it with CN=" + wrongCn.expected() + ", or give --ca-key to generate one; nothing was sent.");
        } else {
            reportRefusal("WRONG_SIGNER", List.of(verification.file + ": the verification certificate is not signed "
                + "by the CA certificate's key."), "issue it with the key of " + caFile + ", or give --ca-key to "
                + "generate one; nothing was sent.");
        }
    }
}
