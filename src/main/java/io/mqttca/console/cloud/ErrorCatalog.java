package io.mqttca.console.cloud;

import io.mqttca.console.text.Text;
import java.util.Set;

/**
 * Operator-facing explanations for the error Codes the service documents (reference §3 and §5) and for the failures
 * that happen before an answer arrives. The texts live in the bundle
 * {@link Text#CLOUD} (English and Chinese), keyed by Code or {@link ErrorKind}. An unknown Code still gets an
 * explanation that names it.
 */
final class ErrorCatalog {

    /** An explanation (what happened) and an instruction (what to do). */
    record Advice(Text explanation, Text whatToDo) {
    }

    private static final Set<String> THROTTLING = Set.of("Throttling", "Throttling.User", "Throttling.Api",
        "SystemOverFlow");
    private static final Set<String> TRANSIENT_SERVER = Set.of("InternalError", "ServiceUnavailable");

    /** The Codes with an entry {@code code.<Code>.explanation} in the bundle. */
    static final Set<String> KNOWN_CODES = Set.of("ParameterFieldCheckFailed", "FindCaBySnError",
        "FindDeviceBySnError", "MqttInstanceNotFound", "MqttOwnerCheckError", "InstancePermissionCheckFailed",
        "RegisterCodeError", "Throttling", "Throttling.User", "Throttling.Api", "SystemOverFlow",
        "SignatureDoesNotMatch", "InvalidAccessKeyId.NotFound", "InvalidAccessKeyId.Inactive",
        "InvalidTimeStamp.Expired", "SignatureNonceUsed", "IncompleteSignature", "InvalidSecurityToken.Expired",
        "Forbidden.RAM", "PermissionCheckFailed", "InternalError", "ServiceUnavailable");

    /** The Codes whose what-to-do names the RAM action (no {@code code.<Code>.whatToDo} entry). */
    private static final Set<String> PERMISSION_CODES = Set.of("Forbidden.RAM", "PermissionCheckFailed");

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
        if (code != null && PERMISSION_CODES.contains(code)) {
            Text whatToDo = operation.ramAction() == null
                ? text("permission.whatToDo.operation", operation.action())
                : text("permission.whatToDo.ramAction", operation.ramAction());
            return new Advice(text("code." + code + ".explanation"), whatToDo);
        }
        if (code != null && KNOWN_CODES.contains(code)) {
            return new Advice(text("code." + code + ".explanation"), text("code." + code + ".whatToDo"));
        }
        Text explanation = code == null
            ? text("noCode.explanation", operation.action(), String.valueOf(httpStatus))
            : text("unknownCode.explanation", operation.action(), code, String.valueOf(httpStatus));
        return new Advice(explanation, text("unknownCode.whatToDo"));
    }

    /** Advice for a failure without a service Code; {@code detail} is the technical reason, shown as given. */
    static Advice forKind(ErrorKind kind, Endpoint endpoint, String detail) {
        Object where = endpoint == null ? text("endpoint.unknown") : endpoint.toString();
        String prefix = "kind." + kind.name();
        Text explanation = text(prefix + ".explanation", where, detail);
        if (kind == ErrorKind.CONNECTION_REFUSED && endpoint != null && endpoint.isLoopback()) {
            return new Advice(explanation, text(prefix + ".whatToDo.loopback"));
        }
        return new Advice(explanation, text(prefix + ".whatToDo"));
    }

    private static Text text(String key, Object... args) {
        return Text.of(Text.CLOUD, key, args);
    }
}
