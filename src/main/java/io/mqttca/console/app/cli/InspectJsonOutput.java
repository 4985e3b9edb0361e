package io.mqttca.console.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.InputError;
import io.mqttca.console.cert.InspectionResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Streams the {@code --json} output with a Jackson {@link JsonGenerator}: one array, one compact object per line
 * for each certificate and each failed input or block. Absent values are written as {@code null} or empty
 * arrays, never left out; times are ISO-8601 UTC with seconds ({@code 2036-11-25T08:07:17Z}). Results of
 * many entries are rendered object by object on all cores and written in order.
 */
final class InspectJsonOutput implements InspectOutput {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int PARALLEL_THRESHOLD = 256;

    private final JsonGenerator generator;

    InspectJsonOutput(Writer out) throws IOException {
        this.generator = FACTORY.createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .setPrettyPrinter(new OneObjectPerLine());
        generator.writeStartArray();
    }

    @Override
    public void write(InspectionResult result) throws IOException {
        List<Object> entries = InspectOutput.inFileOrder(result);
        if (entries.size() < PARALLEL_THRESHOLD) {
            for (Object entry : entries) {
                writeEntry(generator, entry);
            }
            return;
        }
        List<String> rendered = entries.parallelStream().map(InspectJsonOutput::render).collect(Collectors.toList());
        for (String json : rendered) {
            generator.writeRawValue(json);
        }
    }

    /** One entry as a standalone JSON object, so that big results are rendered on all cores. */
    private static String render(Object entry) {
        StringWriter text = new StringWriter(2048);
        try (JsonGenerator own = FACTORY.createGenerator(text)) {
            writeEntry(own, entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeEntry(JsonGenerator generator, Object entry) throws IOException {
        if (entry instanceof CertificateDetails) {
            writeCertificate(generator, (CertificateDetails) entry);
        } else {
            writeError(generator, (InputError) entry);
        }
    }

    private static void writeCertificate(JsonGenerator generator, CertificateDetails details) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("source", details.source());
        generator.writeNumberField("index", details.index());
        generator.writeStringField("subject", details.subject());
        generator.writeStringField("subjectCommonName", details.subjectCommonName());
        generator.writeStringField("issuer", details.issuer());
        generator.writeStringField("serialHex", details.serialHex());
        generator.writeStringField("serialDecimal", details.serialDecimal());
        generator.writeStringField("notBefore", time(details.notBefore()));
        generator.writeStringField("notAfter", time(details.notAfter()));
        generator.writeStringField("sha1", details.sha1Fingerprint());
        generator.writeStringField("sha256", details.sha256Fingerprint());
        generator.writeStringField("publicKeyAlgorithm", details.publicKeyAlgorithm());
        numberOrNull(generator, "publicKeyBits", details.publicKeyBits());
        generator.writeStringField("publicKeyCurve", details.publicKeyCurve());
        generator.writeStringField("signatureAlgorithm", details.signatureAlgorithm());
        generator.writeNumberField("version", details.version());
        generator.writeBooleanField("ca", details.ca());
        numberOrNull(generator, "pathLength", details.pathLength());
        strings(generator, "keyUsage", details.keyUsage());
        strings(generator, "extendedKeyUsage", details.extendedKeyUsage());
        strings(generator, "subjectAlternativeNames", details.subjectAlternativeNames());
        generator.writeStringField("subjectKeyIdentifier", details.subjectKeyIdentifier());
        generator.writeStringField("authorityKeyIdentifier", details.authorityKeyIdentifier());
        generator.writeBooleanField("selfSigned", details.selfSigned());
        generator.writeEndObject();
    }

    private static void writeError(JsonGenerator generator, InputError error) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("source", error.source());
        numberOrNull(generator, "index", error.index());
        generator.writeObjectFieldStart("error");
        generator.writeStringField("code", error.code().name());
        generator.writeStringField("message", error.message());
        generator.writeEndObject();
        generator.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        generator.writeEndArray();
        generator.writeRaw('\n');
        generator.close();
    }

    private static void numberOrNull(JsonGenerator generator, String name, Integer value) throws IOException {
        if (value == null) {
            generator.writeNullField(name);
        } else {
            generator.writeNumberField(name, value);
        }
    }

    private static void strings(JsonGenerator generator, String name, List<String> values) throws IOException {
        generator.writeArrayFieldStart(name);
        for (String value : values) {
            generator.writeString(value);
        }
        generator.writeEndArray();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Compact objects, each element of the top-level array on its own line. */
    private static final class OneObjectPerLine extends MinimalPrettyPrinter {

        private static final long serialVersionUID = 1L;

        private int depth;

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            depth++;
            super.writeStartArray(g);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (depth == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            if (depth == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (depth == 1 && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            depth--;
            super.writeEndArray(g, nrOfValues);
        }
    }
}
