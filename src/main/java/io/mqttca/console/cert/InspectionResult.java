package io.mqttca.console.cert;

import java.util.List;
import java.util.Objects;

/**
 * What one input held: the certificates read from it, in file order, and the inputs or blocks that failed.
 * Both lists can be non-empty at once: one bad block of a bundle does not hide the good certificates.
 *
 * @param source       the file name or label of the input
 * @param certificates the certificates found, in file order
 * @param errors       the failures, in file order
 */
public record InspectionResult(String source, List<CertificateDetails> certificates, List<InputError> errors) {

    public InspectionResult {
        Objects.requireNonNull(source, "source");
        certificates = List.copyOf(certificates);
        errors = List.copyOf(errors);
    }

    /** A result for an input that failed as a whole. */
    public static InspectionResult failed(String source, CertificateInputException failure) {
        return new InspectionResult(source, List.of(), List.of(InputError.ofInput(source, failure)));
    }

    /** True when the input was read without any error. */
    public boolean isClean() {
        return errors.isEmpty();
    }
}
