package io.mqttca.console.cloud;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Alibaba Cloud V3 request signature, {@code ACS3-HMAC-SHA256}, written from the published specification.
 * The client signs with it; the emulator recomputes it to verify requests. Only {@code host}, {@code content-type}
 * and {@code x-acs-*} headers are signed; query names and values are RFC 3986 percent-encoded over UTF-8.
 */
public final class AcsV3Signer {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private static final HexFormat HEX = HexFormat.of();

    /** Hash of an empty body: every call of this API sends its parameters in the query. */
    public static final String EMPTY_PAYLOAD_HASH = sha256Hex(new byte[0]);

    private AcsV3Signer() {
    }

    /**
     * Computes the {@code Authorization} header value.
     *
     * @param method      HTTP method, upper case
     * @param query       the query parameters, decoded
     * @param headers     the request headers (any case); those to sign are picked here
     * @param payloadHash lower-case hex SHA-256 of the body
     */
    public static String authorization(String method, Map<String, String> query, Map<String, String> headers,
                                       String payloadHash, String accessKeyId, String accessKeySecret) {
        SortedMap<String, String> signed = signedHeaders(headers);
        String signature = signature(method, "/", query, signed, payloadHash, accessKeySecret);
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + String.join(";", signed.keySet())
            + ",Signature=" + signature;
    }

    /**
     * The hex signature over a request whose signed headers are given exactly (lower-case names, as listed in
     * the {@code SignedHeaders} part of the Authorization header).
     */
    public static String signature(String method, String path, Map<String, String> query,
                                   SortedMap<String, String> signedHeaders, String payloadHash, String secret) {
        String stringToSign = ALGORITHM + "\n" + sha256Hex(
            canonicalRequest(method, path, query, signedHeaders, payloadHash).getBytes(StandardCharsets.UTF_8));
        return hmacSha256Hex(secret, stringToSign);
    }

    /** The canonical request, exposed for tests and for diagnosing a signature mismatch. */
    public static String canonicalRequest(String method, String path, Map<String, String> query,
                                          SortedMap<String, String> signedHeaders, String payloadHash) {
        StringBuilder headerLines = new StringBuilder();
        signedHeaders.forEach((name, value) -> headerLines.append(name).append(':').append(value).append('\n'));
        return method + "\n"
            + (path == null || path.isEmpty() ? "/" : path) + "\n"
            + canonicalQuery(query) + "\n"
            + headerLines + "\n"
            + String.join(";", signedHeaders.keySet()) + "\n"
            + payloadHash;
    }

    /** Picks the headers to sign: lower-cased names, trimmed values, repeated names merged (sorted, comma-joined). */
    public static SortedMap<String, String> signedHeaders(Map<String, String> headers) {
        SortedMap<String, List<String>> grouped = new TreeMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host") || lower.equals("content-type") || lower.startsWith("x-acs-")) {
                grouped.computeIfAbsent(lower, k -> new ArrayList<>()).add(value == null ? "" : value.trim());
            }
        });
        SortedMap<String, String> signed = new TreeMap<>();
        grouped.forEach((name, values) -> signed.put(name, String.join(",", values.stream().sorted().toList())));
        return signed;
    }

    /** Sorted {@code name=value} pairs joined with {@code &}, both percent-encoded. */
    public static String canonicalQuery(Map<String, String> query) {
        StringJoiner joiner = new StringJoiner("&");
        new TreeMap<>(query).forEach((name, value) ->
            joiner.add(percentEncode(name) + "=" + percentEncode(value == null ? "" : value)));
        return joiner.toString();
    }

    /** RFC 3986 percent-encoding over UTF-8: only {@code A-Z a-z 0-9 - _ . ~} stay as they are. */
    public static String percentEncode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hmacSha256Hex(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
