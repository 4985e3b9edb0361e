package io.mqttca.console.cloud;

/**
 * The answer of GetRegisterCode: the code a verification certificate must carry as its Common Name.
 *
 * @param requestId    the RequestId of the call
 * @param registerCode the instance's registration code
 */
public record RegisterCodeResult(String requestId, String registerCode) {
}
