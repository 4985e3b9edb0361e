package io.mqttca.console.emulator;

/**
 * The checks every certificate operation makes on its instance and caller: the instance exists
 * (MqttInstanceNotFound), belongs to the caller's account (MqttOwnerCheckError), is an edition with X.509
 * support (InstanceNotSupported); and for changes, that the key is not read-only (PermissionCheckFailed).
 */
final class InstanceAccess {

    private final EmulatorStore store;

    InstanceAccess(EmulatorStore store) {
        this.store = store;
    }

    /** Refuses a change by a read-only key, the way a RAM policy without write actions would. */
    static void requireWriteAccess(ApiCall call) {
        if (call.caller().readOnly()) {
            throw ApiErrors.permissionCheckFailed();
        }
    }

    /** The MqttInstanceId parameter, checked for presence. */
    static String instanceId(ApiCall call, int parameterStatus) {
        return ParameterRules.required(call, "MqttInstanceId", parameterStatus);
    }

    /** The instance, if it exists, is the caller's and supports certificates. */
    InstanceRecord certificateInstance(ApiCall call, String instanceId) {
        InstanceRecord instance = store.findInstance(instanceId).orElseThrow(ApiErrors::mqttInstanceNotFound);
        if (!instance.accountId().equals(call.caller().accountId())) {
            throw ApiErrors.mqttOwnerCheckError();
        }
        if (!instance.supportsCertificates()) {
            throw ApiErrors.instanceNotSupported(instance.instanceType());
        }
        return instance;
    }
}
