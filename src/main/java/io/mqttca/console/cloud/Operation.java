package io.mqttca.console.cloud;

/**
 * The OnsMqtt 2020-04-20 operations this client calls, with the HTTP method the official SDK uses, whether a call
 * may be repeated after a transient failure without changing the outcome, and the RAM action that authorises it.
 * Register and delete are not safe to repeat: a first attempt that timed out may already have taken effect.
 */
public enum Operation {
    LIST_CA_CERTIFICATE("ListCaCertificate", "GET", true, "mq:ListCaCertificate"),
    GET_CA_CERTIFICATE("GetCaCertificate", "GET", true, "mq:GetCaCertificate"),
    ACTIVE_CA_CERTIFICATE("ActiveCaCertificate", "POST", true, "mq:ActiveCaCertificate"),
    INACTIVATE_CA_CERTIFICATE("InactivateCaCertificate", "POST", true, "mq:UnregisterCaCertificate"),
    REGISTER_CA_CERTIFICATE("RegisterCaCertificate", "POST", false, "mq:RegisterCa"),
    DELETE_CA_CERTIFICATE("DeleteCaCertificate", "POST", false, "mq:DeleteCaCertificate"),
    GET_REGISTER_CODE("GetRegisterCode", "GET", true, "mq:GetRegisterCode"),
    LIST_DEVICE_CERTIFICATE_BY_CA_SN("ListDeviceCertificateByCaSn", "GET", true, "mq:ListDeviceCertificateByCaSn"),
    LIST_DEVICE_CERTIFICATE("ListDeviceCertificate", "GET", true, "mq:ListDeviceCertificate"),
    GET_DEVICE_CERTIFICATE("GetDeviceCertificate", "GET", true, "mq:GetDeviceCertificate"),
    ACTIVE_DEVICE_CERTIFICATE("ActiveDeviceCertificate", "POST", true, "mq:ActiveDeviceCertificate"),
    INACTIVATE_DEVICE_CERTIFICATE("InactivateDeviceCertificate", "POST", true, "mq:UnregisterDeviceCertificate"),
    DELETE_DEVICE_CERTIFICATE("DeleteDeviceCertificate", "POST", false, "mq:DeleteDeviceCertificate"),
    LIST_INSTANCES("ListInstances", "POST", true, null);

    /** The product's API version, sent as {@code x-acs-version}. */
    public static final String API_VERSION = "2020-04-20";

    private final String action;
    private final String httpMethod;
    private final boolean safeToRepeat;
    private final String ramAction;

    Operation(String action, String httpMethod, boolean safeToRepeat, String ramAction) {
        this.action = action;
        this.httpMethod = httpMethod;
        this.safeToRepeat = safeToRepeat;
        this.ramAction = ramAction;
    }

    /** The API action name, sent as {@code x-acs-action}. */
    public String action() {
        return action;
    }

    public String httpMethod() {
        return httpMethod;
    }

    /** Whether the client may retry this call after throttling or a transient failure. */
    public boolean safeToRepeat() {
        return safeToRepeat;
    }

    /** The RAM action a policy must allow, or {@code null} where the documentation names none (ListInstances). */
    public String ramAction() {
        return ramAction;
    }
}
