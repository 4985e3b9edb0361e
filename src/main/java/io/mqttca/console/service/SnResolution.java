package io.mqttca.console.service;

import java.util.List;

/**
 * How an Sn given to a CA operation was taken. The Sn is sent as given first; only when the service answers
 * {@code FindCaBySnError} are its other readings ({@link SnReading}) compared with the instance's listed Sns.
 *
 * @param given       the Sn as the operator gave it
 * @param outcome     what came of it
 * @param readings    the readings compared with the listed Sns (empty when none were tried)
 * @param matches     the listed CAs that matched a reading: one for {@link Outcome#RESOLVED}, two or more for
 *                    {@link Outcome#AMBIGUOUS}, else none
 * @param listFailure why listing the CAs failed, for {@link Outcome#LIST_FAILED}; else null
 */
public record SnResolution(String given, Outcome outcome, List<SnReading> readings, List<Match> matches,
                           ServiceFailure listFailure) {

    /** What came of the Sn. */
    public enum Outcome {
        /** The service knew the Sn as given (or failed for another reason): nothing else was tried. */
        AS_GIVEN,
        /** Unknown as given; one listed CA has the same serial, and the operation was sent with its Sn. */
        RESOLVED,
        /** Unknown as given; its hex and decimal readings (or two listed Sns) match different CAs: refused. */
        AMBIGUOUS,
        /** Unknown as given, and no listed CA has the serial in any reading. */
        NOT_FOUND,
        /** Unknown as given, and the text is neither hex nor decimal, so there is nothing else to try. */
        NOT_A_SERIAL,
        /** Unknown as given; the CAs could not be listed to try the other readings. */
        LIST_FAILED
    }

    /**
     * A listed CA whose serial a reading of the given Sn means.
     *
     * @param reading     the reading that matched
     * @param certificate the listed CA
     */
    public record Match(SnReading reading, CaCertificate certificate) {
    }

    public SnResolution {
        readings = List.copyOf(readings);
        matches = List.copyOf(matches);
    }

    static SnResolution asGiven(String given) {
        return new SnResolution(given, Outcome.AS_GIVEN, List.of(), List.of(), null);
    }

    /** The Sn the operation was last sent with: the listed one it resolved to, else the given one. */
    public String used() {
        return outcome == Outcome.RESOLVED ? matches.get(0).certificate().sn() : given;
    }

    /** True when the operation went to another Sn than the given one. */
    public boolean resolved() {
        return outcome == Outcome.RESOLVED;
    }
}
