package io.mqttca.console.cloud;

import java.util.Map;
import java.util.Set;

/**
 * Operator-facing explanations for the error Codes the service documents (reference §3 and §5) and for the failures
 * that happen before an answer arrives. The texts are English; the UI translates by Code or {@link ErrorKind}.
 * An unknown Code still gets an explanation that names it.
 */
final class ErrorCatalog {

    /** An explanation (what happened) and an instruction (what to do). */
    record Advice(String explanation, String whatToDo) {
    }

    private static final Set<String> THROTTLING = Set.of("Throttling", "Throttling.User", "Throttling.Api",
        "SystemOverFlow");
    private static final Set<String> TRANSIENT_SERVER = Set.of("InternalError", "ServiceUnavailable");

    private static final String RETRY_LATER = "Wait a moment and try again; the console already retried safe "
        + "calls. If it persists, contact Alibaba Cloud support with the RequestId.";
    private static final String THROTTLED_TODO = "Wait a few seconds and try again. Every tool and AccessKey of "
        + "the same Alibaba Cloud account shares the account's rate limit.";

    private static final Map<String, Advice> BY_CODE = Map.ofEntries(
        Map.entry("ParameterFieldCheckFailed", new Advice(
            "The service rejected a parameter as missing or invalid.",
            "Check the instance ID and the serial number (Sn); copy them from the certificate list instead of "
                + "typing them.")),
        Map.entry("FindCaBySnError", new Advice(
            "No CA certificate with this serial number (Sn) is registered on the instance.",
            "Refresh the CA list: the CA may have been deleted, or the Sn belongs to another instance.")),
        Map.entry("FindDeviceBySnError", new Advice(
            "No device certificate with this serial number is registered under this CA on the instance.",
            "Refresh the device list: a device certificate appears only after a device has connected with it once, "
                + "and it may have been deleted.")),
        Map.entry("MqttInstanceNotFound", new Advice(
            "The instance ID does not exist in the region of this endpoint.",
            "Check the instance ID, and that the profile's region is the region the instance was created in.")),
        Map.entry("MqttOwnerCheckError", new Advice(
            "The instance does not belong to the Alibaba Cloud account of this AccessKey.",
            "Use an AccessKey of the account that owns the instance, and check the instance ID and region.")),
        Map.entry("InstancePermissionCheckFailed", new Advice(
            "The service could not confirm that this account may use the instance.",
            "Use an AccessKey of the account that created the instance, and check its permission settings.")),
        Map.entry("RegisterCodeError", new Advice(
            "The verification certificate's Common Name (CN) is not this instance's registration code.",
            "Get the registration code of this instance again, issue a new verification certificate from the CA "
                + "with CN set to that code, and register again.")),
        Map.entry("Throttling", new Advice(
            "The service refused the call because of request throttling.", THROTTLED_TODO)),
        Map.entry("Throttling.User", new Advice(
            "The service refused the call because the account's rate limit was exceeded.", THROTTLED_TODO)),
        Map.entry("Throttling.Api", new Advice(
            "The service refused the call because this API's rate limit was exceeded.", THROTTLED_TODO)),
        Map.entry("SystemOverFlow", new Advice(
            "The service is overloaded or the account's flow limit was exceeded.", THROTTLED_TODO)),
        Map.entry("SignatureDoesNotMatch", new Advice(
            "The service computed a different request signature: the AccessKey secret is most likely wrong.",
            "Enter the AccessKey secret again (copy it without spaces) and check that this computer's clock is "
                + "correct.")),
        Map.entry("InvalidAccessKeyId.NotFound", new Advice(
            "The AccessKey ID does not exist.",
            "Check the AccessKey ID in the profile, or create a new AccessKey in the RAM console.")),
        Map.entry("InvalidAccessKeyId.Inactive", new Advice(
            "The AccessKey is disabled.",
            "Enable the AccessKey in the RAM console, or use another one.")),
        Map.entry("InvalidTimeStamp.Expired", new Advice(
            "The request's time stamp is too far from the service's time.",
            "Correct this computer's clock (turn on automatic time synchronisation) and try again.")),
        Map.entry("SignatureNonceUsed", new Advice(
            "The service saw this request's one-time nonce before, as if the request had been replayed.",
            "Try again; if it repeats, check for a proxy that resends requests.")),
        Map.entry("IncompleteSignature", new Advice(
            "The service found the request's signature incomplete or badly formed.",
            "Check for a proxy that changes request headers; otherwise report it with the RequestId.")),
        Map.entry("InvalidSecurityToken.Expired", new Advice(
            "The STS security token has expired.",
            "Get a new STS token and update the profile or the ALIBABA_CLOUD_SECURITY_TOKEN variable.")),
        Map.entry("Forbidden.RAM", new Advice(
            "RAM denied the request: the user or role has no permission for this action.", null)),
        Map.entry("PermissionCheckFailed", new Advice(
            "The service's permission check refused this API call for the user or role of this AccessKey.", null)),
        Map.entry("InternalError", new Advice(
            "The service had an internal error.", RETRY_LATER)),
        Map.entry("ServiceUnavailable", new Advice(
            "The service is temporarily unavailable.", RETRY_LATER)));

    private ErrorCatalog() {
    }

    static boolean isThrottling(String code) {
        return code != null && THROTTLING.contains(code);
    }

    static boolean isTransientServerCode(String code) {
        return code != null && TRANSIENT_SERVER.contains(code);
    }

    /** Advice for a Code the service returned; permission codes name the RAM action of the operation. */
    static Advice forCode(String code, Operation operation, int httpStatus) {
        Advice known = code == null ? null : BY_CODE.get(code);
        if (known != null && known.whatToDo() != null) {
            return known;
        }
        if (known != null) {
            String action = operation.ramAction() == null ? "the " + operation.action() + " operation"
                : "the RAM action " + operation.ramAction();
            return new Advice(known.explanation(), "Ask the account administrator to allow " + action
                + " on this instance for the RAM user or role of this AccessKey.");
        }
        String shown = code == null ? "an error without a Code" : "the error " + code;
        return new Advice("The service answered " + operation.action() + " with " + shown + " (HTTP " + httpStatus
            + ").", "Read the service's message in the details; if it is unclear, search the Alibaba Cloud "
            + "troubleshooting site for the Code and quote the RequestId to support.");
    }

    /** Advice for a failure without a service Code; {@code detail} is the technical reason, shown as given. */
    static Advice forKind(ErrorKind kind, Endpoint endpoint, String detail) {
        String where = endpoint == null ? "the endpoint" : endpoint.toString();
        switch (kind) {
            case NETWORK_TIMEOUT:
                return new Advice("No answer from " + where + " in time (" + detail + ").",
                    "Check the network connection, proxy and firewall, then try again.");
            case CONNECTION_REFUSED:
                return new Advice(where + " refused the connection: nothing is listening there.",
                    endpoint != null && endpoint.isLoopback()
                        ? "Start the local emulator (or the sandbox profile) and try again."
                        : "Check the endpoint URL and port, and your network or proxy settings.");
            case CONNECTION_RESET:
                return new Advice("The connection to " + where + " was closed before a complete answer arrived.",
                    "Try again; if it repeats, check for a proxy or firewall that cuts connections.");
            case UNKNOWN_HOST:
                return new Advice("The host name of " + where + " could not be found.",
                    "Check the region ID or endpoint URL, and this computer's DNS and network connection.");
            case TLS:
                return new Advice("A secure (TLS) connection to " + where + " could not be established ("
                    + detail + ").",
                    "Check that the endpoint is an Alibaba Cloud HTTPS endpoint, that this computer's clock is "
                        + "correct, and whether a proxy intercepts HTTPS traffic.");
            case MALFORMED_RESPONSE:
                return new Advice(where + " answered with something that is not a valid ApsaraMQ for MQTT API "
                    + "response: " + detail + ".",
                    "Check that the endpoint is the ApsaraMQ for MQTT OpenAPI endpoint (not a proxy or web page) "
                        + "and try again later.");
            case CANCELLED:
                return new Advice("The call was cancelled before it completed.",
                    "Nothing to do; run the action again when needed.");
            default:
                return new Advice("A network error occurred while calling " + where + " (" + detail + ").",
                    "Check the network connection and proxy settings, then try again.");
        }
    }
}
