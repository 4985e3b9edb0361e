package io.mqttca.console.app.cli;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.InputError;
import io.mqttca.console.cert.InspectionResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Where {@link InspectCommand} writes what it found, input by input; closing ends the output. */
interface InspectOutput extends AutoCloseable {

    /** Writes the certificates and errors of one input in file order. */
    void write(InspectionResult result) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * The certificates ({@link CertificateDetails}) and errors ({@link InputError}) of one input merged into
     * file order: both use the same block numbering, and an error about the whole input comes first.
     */
    static List<Object> inFileOrder(InspectionResult result) {
        List<CertificateDetails> certificates = result.certificates();
        List<InputError> errors = result.errors();
        List<Object> entries = new ArrayList<>(certificates.size() + errors.size());
        int c = 0;
        int e = 0;
        while (c < certificates.size() || e < errors.size()) {
            boolean errorFirst = c == certificates.size() || e < errors.size()
                && (errors.get(e).index() == null || errors.get(e).index() < certificates.get(c).index());
            entries.add(errorFirst ? errors.get(e++) : certificates.get(c++));
        }
        return entries;
    }
}
