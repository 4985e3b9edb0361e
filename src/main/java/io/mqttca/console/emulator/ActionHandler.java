package io.mqttca.console.emulator;

import java.util.Map;

/**
 * Answers one action. It returns the fields of a successful response body (the emulator puts {@code RequestId}
 * first) or throws {@link ApiException} for an error answer.
 */
@FunctionalInterface
public interface ActionHandler {

    Map<String, Object> handle(ApiCall call);
}
