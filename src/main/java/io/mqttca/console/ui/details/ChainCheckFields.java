package io.mqttca.console.ui.details;

import io.mqttca.console.cert.ChainCheckItem;
import io.mqttca.console.cert.ChainCheckResult;
import io.mqttca.console.cert.ChainFinding;
import io.mqttca.console.cert.ChainVerdict;
import io.mqttca.console.text.Text;
import io.mqttca.console.ui.common.Dates;
import io.mqttca.console.ui.common.UiContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The details pane's section for a device's chain check against its CA: the overall outcome, then one line per
 * finding (issuer, signature, validity nested in the CA's, fitness for TLS client auth), each with its tone and the
 * engine's sentence in the window's language.
 */
public final class ChainCheckFields {

    private ChainCheckFields() {
    }

    /** The section for {@code result}, checked against the CA the operator knows as {@code caLabel}. */
    public static List<DetailField> of(ChainCheckResult result, String caLabel, UiContext context) {
        List<DetailField> fields = new ArrayList<>();
        fields.add(DetailField.heading(context.format("details.section.chain", caLabel)));
        long warnings = result.findings().stream().filter(finding -> finding.verdict() == ChainVerdict.WARN).count();
        long failures = result.findings().stream().filter(finding -> finding.verdict() == ChainVerdict.FAIL).count();
        String outcome = switch (result.verdict()) {
            case PASS -> context.text("details.chain.result.pass");
            case WARN -> context.format("details.chain.result.warn", warnings, failures);
            case FAIL -> context.format("details.chain.result.fail", warnings, failures);
        };
        fields.add(DetailField.outcome(context.text("details.chain.result"), outcome, tone(result.verdict())));
        // Problems first: a failure or a warning is what the operator looks for, the passes confirm the rest.
        List<ChainFinding> worstFirst = result.findings().stream()
            .sorted(Comparator.comparing(ChainFinding::verdict).reversed()).toList();
        for (ChainFinding finding : worstFirst) {
            fields.add(DetailField.outcome(label(finding.item(), context), context.say(inWindowDates(finding.text(),
                context)), tone(finding.verdict())));
        }
        return fields;
    }

    /** The section when the check could not run (the CA's PEM could not be read from the service). */
    public static List<DetailField> unavailable(String caLabel, String why, UiContext context) {
        return List.of(DetailField.heading(context.format("details.section.chain", caLabel)),
            DetailField.outcome(context.text("details.chain.result"), why, DetailField.Tone.WARN));
    }

    /** The engine passes times as ISO-8601 instants; the window writes every time its one way. */
    private static Text inWindowDates(Text text, UiContext context) {
        List<Object> args = text.args().stream().map(arg -> arg instanceof String value
            ? (Object) Dates.dateTime(value, context.clock().getZone()) : arg).toList();
        return new Text(text.bundle(), text.key(), args);
    }

    private static String label(ChainCheckItem item, UiContext context) {
        return switch (item) {
            case DEVICE_CERTIFICATE -> context.text("details.chain.item.device_certificate");
            case CA_CERTIFICATE -> context.text("details.chain.item.ca_certificate");
            case ISSUER -> context.text("details.chain.item.issuer");
            case SIGNATURE -> context.text("details.chain.item.signature");
            case VALIDITY -> context.text("details.chain.item.validity");
            case CLIENT_AUTH -> context.text("details.chain.item.client_auth");
            case END_ENTITY -> context.text("details.chain.item.end_entity");
        };
    }

    private static DetailField.Tone tone(ChainVerdict verdict) {
        return switch (verdict) {
            case PASS -> DetailField.Tone.PASS;
            case WARN -> DetailField.Tone.WARN;
            case FAIL -> DetailField.Tone.FAIL;
        };
    }
}
