package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Back-off arithmetic: full jitter under an exponential ceiling, named waits, and when not to retry at all. */
class RetryPolicyTest {

    private static final Endpoint ENDPOINT = Endpoint.forRegion("cn-hangzhou");
    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350));

    private static MqttApiException failure(Operation op, String code, Duration retryAfter) {
        return MqttApiException.fromServer(op, ENDPOINT, 400, code, "m", "r", retryAfter);
    }

    private static final MqttApiException THROTTLED = failure(Operation.LIST_CA_CERTIFICATE, "Throttling", null);

    @Test
    void fullJitterSpansZeroToTheCeiling() {
        assertEquals(Optional.of(Duration.ZERO), POLICY.delayBeforeRetry(1, THROTTLED, 0.0));
        assertEquals(Optional.of(Duration.ofMillis(50)), POLICY.delayBeforeRetry(1, THROTTLED, 0.5));
    }

    @Test
    void theCeilingDoublesPerAttemptUpToTheMaximum() {
        assertEquals(Duration.ofMillis(100), POLICY.delayBeforeRetry(1, THROTTLED, 1.0).orElseThrow());
        assertEquals(Duration.ofMillis(200), POLICY.delayBeforeRetry(2, THROTTLED, 1.0).orElseThrow());
        assertEquals(Duration.ofMillis(350), POLICY.delayBeforeRetry(3, THROTTLED, 1.0).orElseThrow());
        assertEquals(Duration.ofMillis(350), POLICY.delayBeforeRetry(4, THROTTLED, 1.0).orElseThrow());
    }

    @Test
    void stopsAfterTheMaximumAttempts() {
        MqttApiException internal = failure(Operation.LIST_CA_CERTIFICATE, "InternalError", null);
        assertTrue(POLICY.delayBeforeRetry(4, internal, 0.5).isPresent());
        assertTrue(POLICY.delayBeforeRetry(5, internal, 0.5).isEmpty());
    }

    @Test
    void aThrottledCallGetsMoreAttemptsThanOtherFailuresButNotUnderANoRetryPolicy() {
        assertTrue(POLICY.delayBeforeRetry(RetryPolicy.THROTTLED_ATTEMPTS - 1, THROTTLED, 0.5).isPresent());
        assertTrue(POLICY.delayBeforeRetry(RetryPolicy.THROTTLED_ATTEMPTS, THROTTLED, 0.5).isEmpty());
        assertTrue(RetryPolicy.NONE.delayBeforeRetry(1, THROTTLED, 0.5).isEmpty());
    }

    @Test
    void waitsAtLeastTheNamedRetryAfter() {
        MqttApiException named = failure(Operation.GET_CA_CERTIFICATE, "Throttling", Duration.ofMillis(300));
        assertEquals(Duration.ofMillis(300), POLICY.delayBeforeRetry(1, named, 0.0).orElseThrow());
    }

    @Test
    void givesUpWhenTheNamedWaitExceedsTheMaximumDelay() {
        MqttApiException named = failure(Operation.GET_CA_CERTIFICATE, "Throttling", Duration.ofMillis(351));
        assertTrue(POLICY.delayBeforeRetry(1, named, 0.0).isEmpty());
    }

    @Test
    void neverRetriesOperationsThatAreNotSafeToRepeatUnlessTheServiceRefusedThemByThrottling() {
        assertTrue(POLICY.delayBeforeRetry(1, failure(Operation.DELETE_CA_CERTIFICATE, "InternalError", null), 0.5)
            .isEmpty());
        assertTrue(POLICY.delayBeforeRetry(1, failure(Operation.REGISTER_CA_CERTIFICATE, "ServiceUnavailable", null),
            0.5).isEmpty());
        // A throttled call was refused before anything was done: repeating it cannot do anything twice.
        assertTrue(POLICY.delayBeforeRetry(1, failure(Operation.REGISTER_CA_CERTIFICATE, "Throttling", null), 0.5)
            .isPresent());
        assertTrue(POLICY.delayBeforeRetry(1, failure(Operation.DELETE_DEVICE_CERTIFICATE, "Throttling.User", null),
            0.5).isPresent());
    }

    @Test
    void neverRetriesAPermanentError() {
        assertTrue(POLICY.delayBeforeRetry(1, failure(Operation.ACTIVE_CA_CERTIFICATE, "FindCaBySnError", null), 0.5)
            .isEmpty());
        assertTrue(POLICY.delayBeforeRetry(1,
            failure(Operation.ACTIVE_CA_CERTIFICATE, "SignatureDoesNotMatch", null), 0.5).isEmpty());
    }

    @Test
    void retriesInternalErrorAndServiceUnavailableOfSafeOperations() {
        assertTrue(POLICY.delayBeforeRetry(1, failure(Operation.INACTIVATE_DEVICE_CERTIFICATE, "InternalError",
            null), 0.5).isPresent());
        assertTrue(POLICY.delayBeforeRetry(1, failure(Operation.GET_REGISTER_CODE, "ServiceUnavailable", null), 0.5)
            .isPresent());
    }

    @Test
    void refusesNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofMillis(-1),
            Duration.ZERO));
    }
}
