package io.mqttca.console.service;

import java.time.Instant;

/**
 * One line of the change journal: a state-changing call and how it ended.
 *
 * @param time       when the call ended
 * @param profile    the connection profile's name
 * @param endpoint   the endpoint URL the call went to
 * @param instanceId the instance acted on
 * @param action     what was attempted
 * @param sn         the Sn acted on (for a registration, the new Sn when it succeeded)
 * @param outcome    {@code SUCCEEDED} or {@code FAILED}
 * @param code       the error Code when it failed, else null
 * @param requestId  the RequestId of the call, when the service answered
 */
public record JournalEntry(Instant time, String profile, String endpoint, String instanceId, ChangeAction action,
                           String sn, Outcome outcome, String code, String requestId) {

    /** How a journalled call ended. */
    public enum Outcome {
        SUCCEEDED,
        FAILED
    }

    /** The journal line for an item result. */
    public static JournalEntry of(Instant time, String profile, String endpoint, String instanceId,
                                  ItemResult result) {
        return new JournalEntry(time, profile, endpoint, instanceId, result.action(), result.sn(),
            result.succeeded() ? Outcome.SUCCEEDED : Outcome.FAILED,
            result.succeeded() ? null : result.failure().code(), result.requestId());
    }
}
