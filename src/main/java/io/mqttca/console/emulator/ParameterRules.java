package io.mqttca.console.emulator;

import java.nio.charset.StandardCharsets;

/**
 * Parameter checks shared by the handlers. Each takes the HTTP status the operation's documentation gives
 * ParameterFieldCheckFailed (400 for most, 500 for a few), since the documented pages disagree.
 */
final class ParameterRules {

    static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_PEM_CHARS = 64 * 1024;

    /** A checked PageNo / PageSize pair. */
    record Paging(int pageNo, int pageSize) {
    }

    private ParameterRules() {
    }

    static String required(ApiCall call, String name, int status) {
        String value = call.param(name);
        if (value == null || value.isBlank()) {
            throw ApiErrors.parameterFieldCheckFailed(status, name + " is required.");
        }
        return value;
    }

    /** A required text of at most {@code maxChars} characters (what the store's column holds). */
    static String text(ApiCall call, String name, int maxChars, int status) {
        String value = required(call, name, status);
        if (value.length() > maxChars) {
            throw ApiErrors.parameterFieldCheckFailed(status, name + " is longer than " + maxChars + " characters.");
        }
        return value;
    }

    /** A required serial number of at most 128 UTF-8 bytes. */
    static String sn(ApiCall call, String name, int status) {
        String value = required(call, name, status);
        if (value.getBytes(StandardCharsets.UTF_8).length > SerialNumbers.MAX_SN_BYTES) {
            throw ApiErrors.parameterFieldCheckFailed(status, name + " is longer than 128 bytes.");
        }
        return value;
    }

    /** A required PEM text of reasonable size (64 KiB). */
    static String pem(ApiCall call, String name, int status) {
        String value = required(call, name, status);
        if (value.length() > MAX_PEM_CHARS) {
            throw ApiErrors.parameterFieldCheckFailed(status, name + " is longer than 64 KiB.");
        }
        return value;
    }

    /** PageNo from 1 and PageSize from 1 to 100, both required. */
    static Paging paging(ApiCall call, int status) {
        int pageNo = integer(call, "PageNo", status);
        int pageSize = integer(call, "PageSize", status);
        if (pageNo < 1) {
            throw ApiErrors.parameterFieldCheckFailed(status, "PageNo must be 1 or more.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiErrors.parameterFieldCheckFailed(status, "PageSize must be between 1 and 100.");
        }
        return new Paging(pageNo, pageSize);
    }

    private static int integer(ApiCall call, String name, int status) {
        String value = required(call, name, status).trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiErrors.parameterFieldCheckFailed(status, name + " is not an integer.");
        }
    }
}
