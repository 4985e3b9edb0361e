package io.mqttca.console.emulator;

import java.util.List;
import java.util.Map;

/**
 * What the signature check needs from an HTTP request.
 *
 * @param method  the HTTP method
 * @param path    the decoded request path ({@code /} for this API)
 * @param headers header name (lower case) to its values
 * @param query   the decoded query parameters (a form body is covered by the payload hash instead)
 * @param body    the raw body bytes
 */
record SignedRequest(String method, String path, Map<String, List<String>> headers, Map<String, String> query,
                     byte[] body) {

    /** The first value of a header, or {@code null}. */
    String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
