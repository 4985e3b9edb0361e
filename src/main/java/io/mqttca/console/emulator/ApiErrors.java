package io.mqttca.console.emulator;

/**
 * The error answers of the emulator, with the Codes and Messages of the API documentation (reference §3, §5).
 * Where the documentation gives a message, it is used as is; the emulator may append a sentence saying what
 * exactly was wrong, so that people testing against it see the cause.
 */
public final class ApiErrors {

    public static final int BAD_REQUEST = 400;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int SERVER_ERROR = 500;

    private ApiErrors() {
    }

    private static String withDetail(String message, String detail) {
        return detail == null || detail.isEmpty() ? message : message + " " + detail;
    }

    public static ApiException parameterFieldCheckFailed(int status, String detail) {
        return new ApiException(status, "ParameterFieldCheckFailed", withDetail(
            "Failed to validate the parameters. The parameters may be missing or invalid.", detail));
    }

    public static ApiException findCaBySnError() {
        return new ApiException(SERVER_ERROR, "FindCaBySnError",
            "Failed to find the CA by the SN. Please check sn is valid.");
    }

    public static ApiException findDeviceBySnError() {
        return new ApiException(SERVER_ERROR, "FindDeviceBySnError",
            "Failed to find the device certificate by the SN. Please check sn is valid");
    }

    public static ApiException mqttOwnerCheckError() {
        return new ApiException(SERVER_ERROR, "MqttOwnerCheckError", "Failed to validate the instance permission");
    }

    public static ApiException mqttInstanceNotFound() {
        return new ApiException(SERVER_ERROR, "MqttInstanceNotFound", "Specified instance is not found");
    }

    public static ApiException registerCodeError(String detail) {
        return new ApiException(SERVER_ERROR, "RegisterCodeError",
            withDetail("Register code error in verification certificate.", detail));
    }

    public static ApiException permissionCheckFailed() {
        return new ApiException(FORBIDDEN, "PermissionCheckFailed", "Failed to verify API permissions.");
    }

    /** The documentation names no error for a certificate call on an edition without X.509 support. */
    public static ApiException instanceNotSupported(int instanceType) {
        return new ApiException(BAD_REQUEST, "InstanceNotSupported",
            "The instance edition does not support certificate management (InstanceType " + instanceType
                + "); use an Enterprise Platinum (1) or Professional (4) instance.");
    }

    public static ApiException throttlingUser() {
        return new ApiException(BAD_REQUEST, "Throttling.User", "Request was denied due to user flow control.");
    }

    public static ApiException incompleteSignature(String detail) {
        return new ApiException(BAD_REQUEST, "IncompleteSignature",
            withDetail("The request signature does not conform to Aliyun standards.", detail));
    }

    public static ApiException missingParameter(String name) {
        return new ApiException(BAD_REQUEST, "MissingParameter",
            "The input parameter \"" + name + "\" that is mandatory for processing this request is not supplied.");
    }

    public static ApiException accessKeyNotFound() {
        return new ApiException(NOT_FOUND, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
    }

    public static ApiException signatureDoesNotMatch(String detail) {
        return new ApiException(BAD_REQUEST, "SignatureDoesNotMatch",
            withDetail("Specified signature is not matched with our calculation.", detail));
    }

    public static ApiException timestampExpired() {
        return new ApiException(BAD_REQUEST, "InvalidTimeStamp.Expired",
            "Specified time stamp or date value is expired.");
    }

    public static ApiException timestampFormat() {
        return new ApiException(BAD_REQUEST, "InvalidTimeStamp.Format",
            "Specified time stamp or date value is not well formatted.");
    }

    public static ApiException signatureNonceUsed() {
        return new ApiException(BAD_REQUEST, "SignatureNonceUsed", "Specified signature nonce was used already.");
    }

    public static ApiException securityTokenMismatch() {
        return new ApiException(BAD_REQUEST, "InvalidSecurityToken.MismatchWithAccessKey",
            "Specified SecurityToken mismatch with the AccessKey.");
    }

    public static ApiException invalidVersion() {
        return new ApiException(BAD_REQUEST, "InvalidVersion", "Specified parameter Version is not valid.");
    }

    public static ApiException invalidActionNotFound() {
        return new ApiException(NOT_FOUND, "InvalidAction.NotFound",
            "Specified api is not found, please check your url and method.");
    }

    public static ApiException unsupportedHttpMethod() {
        return new ApiException(405, "UnsupportedHTTPMethod", "This http method is not supported.");
    }

    public static ApiException internalError() {
        return new ApiException(SERVER_ERROR, "InternalError",
            "The request processing has failed due to some unknown error, exception or failure.");
    }
}
