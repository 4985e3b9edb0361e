package io.mqttca.console.app.cli;

import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.service.SnReading;
import io.mqttca.console.service.SnResolution;
import java.util.Locale;

/** What the command line says about an Sn taken in another form than given ({@link SnResolution}). */
final class SnNotes {

    private SnNotes() {
    }

    /** The stderr line for an Sn resolved to a listed one, or null when it was used as given. */
    static String note(SnResolution resolution) {
        if (!resolution.resolved()) {
            return null;
        }
        SnResolution.Match match = resolution.matches().get(0);
        return "note: " + resolution.given() + " is not an Sn of the instance as given; used " + resolution.used()
            + " (" + name(match) + "), the same serial read as " + radix(match.reading()) + ".";
    }

    /** The JSON value of {@code snResolution}: null when the Sn was taken as given. */
    static String outcome(SnResolution resolution) {
        return resolution.outcome() == SnResolution.Outcome.AS_GIVEN ? null : resolution.outcome().name();
    }

    /** The explanation of a failure for this Sn: the service's, with what was tried to find the Sn otherwise. */
    static String explanation(SnResolution resolution, ServiceFailure failure) {
        String given = resolution.given();
        return switch (resolution.outcome()) {
            case AS_GIVEN, RESOLVED -> failure.explanation();
            case NOT_FOUND -> failure.explanation() + " Tried " + given + " as given, then "
                + String.join(" and ", resolution.readings().stream().map(SnNotes::form).toList())
                + ": no listed CA certificate has this serial.";
            case AMBIGUOUS -> "Refused: " + given + " matches " + resolution.matches().size()
                + " different CA certificates, " + String.join("; ", resolution.matches().stream()
                    .map(m -> "read as " + radix(m.reading()) + " Sn " + m.certificate().sn() + " (" + name(m) + ")")
                    .toList()) + "; nothing was changed for it.";
            case NOT_A_SERIAL -> failure.explanation() + " " + given
                + " is neither hex nor decimal, so no other form of it was tried.";
            case LIST_FAILED -> failure.explanation() + " Its other forms were not tried, as the CA certificates "
                + "could not be listed: " + resolution.listFailure().explanation();
        };
    }

    /** What to do about it. */
    static String whatToDo(SnResolution resolution, ServiceFailure failure) {
        return resolution.outcome() == SnResolution.Outcome.AMBIGUOUS
            ? "Give the Sn exactly as 'ca list' prints it." : failure.whatToDo();
    }

    /** The failure with the explanation and advice of {@link #explanation} and {@link #whatToDo}. */
    static ServiceFailure explained(SnResolution resolution, ServiceFailure failure) {
        return new ServiceFailure(failure.kind(), failure.code(), failure.message(), failure.requestId(),
            failure.httpStatus(), explanation(resolution, failure), whatToDo(resolution, failure));
    }

    private static String form(SnReading reading) {
        return reading.radix() == SnReading.Radix.HEX
            ? "read as hex (Sn " + reading.sn() + ", decimal " + reading.serial() + ")"
            : "read as decimal (Sn " + reading.sn() + ", hex " + reading.openSslHex() + ")";
    }

    private static String radix(SnReading reading) {
        return reading.radix().name().toLowerCase(Locale.ROOT);
    }

    private static String name(SnResolution.Match match) {
        String name = match.certificate().name();
        return name.isEmpty() ? "no name" : name;
    }
}
