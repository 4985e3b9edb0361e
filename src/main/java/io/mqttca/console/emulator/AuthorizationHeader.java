package io.mqttca.console.emulator;

import io.mqttca.console.cloud.AcsV3Signer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of an {@code Authorization: ACS3-HMAC-SHA256 Credential=ID,SignedHeaders=a;b,Signature=hex} header.
 *
 * @param accessKeyId   the Credential part
 * @param signedHeaders the SignedHeaders names, lower-cased, in the order given
 * @param signature     the Signature part, lower-cased
 */
record AuthorizationHeader(String accessKeyId, List<String> signedHeaders, String signature) {

    private static final String PREFIX = AcsV3Signer.ALGORITHM + " ";

    AuthorizationHeader {
        signedHeaders = List.copyOf(signedHeaders);
    }

    /** Parses the header; empty when it is not a complete V3 Authorization value. */
    static Optional<AuthorizationHeader> parse(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : value.substring(PREFIX.length()).split(",")) {
            String trimmed = part.trim();
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            String name = trimmed.substring(0, equals);
            String content = trimmed.substring(equals + 1).trim();
            switch (name) {
                case "Credential" -> credential = content;
                case "SignedHeaders" -> signedHeaders = content;
                case "Signature" -> signature = content;
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (isEmpty(credential) || isEmpty(signedHeaders) || isEmpty(signature)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String name : signedHeaders.split(";")) {
            if (name.isBlank()) {
                return Optional.empty();
            }
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        return Optional.of(new AuthorizationHeader(credential, names, signature.toLowerCase(Locale.ROOT)));
    }

    /** The Credential part of a header, for recording requests even when the rest is garbled. */
    static String accessKeyIdOf(String value) {
        if (value == null) {
            return "";
        }
        int start = value.indexOf("Credential=");
        if (start < 0) {
            return "";
        }
        int end = value.indexOf(',', start);
        return value.substring(start + "Credential=".length(), end < 0 ? value.length() : end).trim();
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
