package io.mqttca.console.service;

import io.mqttca.console.cloud.ErrorKind;
import io.mqttca.console.cloud.MqttApiException;
import java.util.function.Supplier;

/**
 * The truth of one change whose answer was lost. A call that got no answer may or may not have happened, so before
 * such an item is reported the certificate is read: a delete whose certificate is gone, or a status change whose
 * certificate has the new status, succeeded; otherwise the change is sent again (a delete only after the read showed
 * the certificate still there, never blindly), up to {@link #ROUNDS} times. An outcome no read could settle is
 * reported as unknown, never as failed.
 */
final class ChangeSettlement {

    /** Changes sent, the first included, before the item is given up. */
    static final int ROUNDS = 3;

    /** What the read found: whether the change shows, and the read's RequestId. */
    record Read(boolean done, String requestId) {
    }

    /** Reads the certificate; throws when the read fails. */
    interface Check {
        Read read();
    }

    private ChangeSettlement() {
    }

    /**
     * Sends {@code change} and returns its RequestId (or the settling read's), settling a lost answer with
     * {@code check}.
     *
     * @param delete true for a delete: a repeat answered "not found" then means the lost first call did it
     * @throws MqttApiException the change's own failure when the service answered, else the lost call's
     */
    static String settle(Supplier<String> change, Check check, boolean delete) {
        MqttApiException lost = null;
        for (int round = 1; round <= ROUNDS; round++) {
            try {
                return change.get();
            } catch (MqttApiException failure) {
                if (!answerMayBeLost(failure)) {
                    if (delete && lost != null && isNotFound(failure)) {
                        // A repeat found nothing to act on: the lost first call did it (a delete).
                        return failure.requestId();
                    }
                    throw failure;
                }
                lost = failure;
            }
            Read read;
            try {
                read = check.read();
            } catch (MqttApiException readFailed) {
                throw lost;
            }
            if (read.done()) {
                return read.requestId();
            }
        }
        throw lost;
    }

    /**
     * True when the call may have reached the service and been carried out although no answer came back: no answer,
     * or an answer of the service's own trouble (InternalError, 502–504). An answer with any other Code (such as
     * FindCaBySnError, which the emulator sends with HTTP 500) is the service's verdict, not a lost answer.
     */
    static boolean answerMayBeLost(MqttApiException failure) {
        ErrorKind kind = failure.kind();
        return kind == ErrorKind.NETWORK_TIMEOUT || kind == ErrorKind.CONNECTION_RESET
            || kind == ErrorKind.NETWORK_ERROR || kind == ErrorKind.MALFORMED_RESPONSE
            || kind == ErrorKind.SERVER_ERROR && failure.isTransient();
    }

    static boolean isNotFound(MqttApiException failure) {
        return "FindCaBySnError".equals(failure.code()) || "FindDeviceBySnError".equals(failure.code());
    }
}
