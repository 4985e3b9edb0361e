package io.mqttca.console.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes a raw query string or a form-encoded body into parameters. A {@code +} decodes to a space, as in
 * form encoding; V3 clients percent-encode a literal plus as {@code %2B}. A name given twice is refused: the
 * signature's canonical query cannot tell the two values apart.
 */
final class QueryStrings {

    private QueryStrings() {
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (params.putIfAbsent(name, value) != null) {
                throw ApiErrors.parameterFieldCheckFailed(ApiErrors.BAD_REQUEST, name + " is given more than once.");
            }
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.parameterFieldCheckFailed(ApiErrors.BAD_REQUEST,
                "The query string or form body is not valid percent-encoding.");
        }
    }
}
