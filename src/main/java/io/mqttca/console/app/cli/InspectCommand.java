package io.mqttca.console.app.cli;

import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.InputError;
import io.mqttca.console.cert.InspectionResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqtt-ca-console inspect FILE... [--json]}: reads certificate files locally with the shared
 * {@link CertificateInspector} and prints a readable block per certificate, or one JSON array with an object
 * per certificate and per failed input or block. Every error also goes to stderr as one line naming its file.
 * Exit status 0 when every input was read without error, 2 when an input or a block failed, 1 for usage errors.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
        "Shows the certificates in PEM or DER files.",
        "Prints subject, issuer, serial (hex and decimal), validity, key, fingerprints and extensions.",
        "Private keys, requests and keystores are recognised and refused.",
        "Exit status: 0 all inputs read, 2 an input or block failed, 1 usage error."})
public final class InspectCommand implements Callable<Integer> {

    /** Exit status when an input or one of its blocks could not be read as a certificate. */
    public static final int EXIT_INPUT_ERROR = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Certificate files (PEM bundles or DER).")
    private List<Path> files;

    @Option(names = "--json", description = "Print one JSON array: an object per certificate and per error.")
    private boolean json;

    private final Clock clock;

    public InspectCommand() {
        this(Clock.systemUTC());
    }

    InspectCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CertificateInspector inspector = new CertificateInspector();
        boolean failed = false;
        try (InspectOutput output = json ? new InspectJsonOutput(out) : new InspectTextOutput(out, clock)) {
            for (Path file : files) {
                InspectionResult result = inspector.inspect(file);
                output.write(result);
                for (InputError error : result.errors()) {
                    err.println("error: " + error.source() + ": " + error.message());
                }
                failed |= !result.isClean();
            }
        }
        out.flush();
        err.flush();
        return failed ? EXIT_INPUT_ERROR : 0;
    }
}
