package io.mqttca.console.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One RPC exchange with the endpoint: parameters in the query string, the V3 signature ({@link AcsV3Signer}) over
 * {@code host} and the {@code x-acs-*} headers, an empty body, and the answer turned into an {@link RpcResponse}
 * or an {@link MqttApiException}. No rate limiting or retrying here; that is {@link RpcCaller}'s job.
 */
final class RpcTransport {

    static final String RETRY_AFTER_HEADER = "x-acs-retry-after";

    private static final DateTimeFormatter ACS_DATE =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int EXCERPT_LENGTH = 160;

    private final Endpoint endpoint;
    private final Credentials credentials;
    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Clock clock;
    private final String userAgent;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();

    RpcTransport(Endpoint endpoint, Credentials credentials, HttpClient http, Duration connectTimeout,
                 Duration requestTimeout, Clock clock, String userAgent) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.http = http;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.userAgent = userAgent;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /** Sends one signed request and reads its answer. */
    RpcResponse send(Operation operation, Map<String, String> parameters) {
        Map<String, String> query = new TreeMap<>(parameters);
        HttpRequest request = signedRequest(operation, query);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            NetworkFailures.Failure failure = NetworkFailures.classify(e, connectTimeout, requestTimeout);
            throw MqttApiException.network(failure.kind(), operation, endpoint, scrub(failure.detail()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MqttApiException.cancelled(operation, endpoint, e);
        }
        return read(operation, response);
    }

    private HttpRequest signedRequest(Operation operation, Map<String, String> query) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-action", operation.action());
        headers.put("x-acs-version", Operation.API_VERSION);
        headers.put("x-acs-date", ACS_DATE.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        headers.put("x-acs-signature-nonce", nonce());
        headers.put("x-acs-content-sha256", AcsV3Signer.EMPTY_PAYLOAD_HASH);
        if (credentials.isSts()) {
            headers.put("x-acs-security-token", credentials.securityToken());
        }
        headers.put("accept", "application/json");
        headers.put("user-agent", userAgent);
        Map<String, String> toSign = new LinkedHashMap<>(headers);
        // java.net.http writes Host itself from the URI; sign exactly what it will write.
        toSign.put("host", endpoint.hostHeader());
        String authorization = AcsV3Signer.authorization(operation.httpMethod(), query, toSign,
            AcsV3Signer.EMPTY_PAYLOAD_HASH, credentials.accessKeyId(), credentials.accessKeySecret());

        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.requestUri(AcsV3Signer.canonicalQuery(query)))
            .timeout(requestTimeout)
            .method(operation.httpMethod(), HttpRequest.BodyPublishers.noBody());
        headers.forEach(builder::header);
        builder.header("Authorization", authorization);
        return builder.build();
    }

    private RpcResponse read(Operation operation, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String text = new String(response.body(), StandardCharsets.UTF_8);
        Duration retryAfter = retryAfter(response);
        JsonNode body = parseObject(text);
        String requestId = body == null ? null : text(body, "RequestId");
        if (status >= 200 && status < 300) {
            if (body == null) {
                throw MqttApiException.malformed(operation, endpoint, status, null, describe(text), excerpt(text));
            }
            if (requestId == null) {
                throw MqttApiException.malformed(operation, endpoint, status, null, "the answer has no RequestId");
            }
            if (isFalse(body.get("Success"))) {
                throw MqttApiException.fromServer(operation, endpoint, status, text(body, "Code"),
                    scrub(text(body, "Message")), requestId, retryAfter);
            }
            return new RpcResponse(operation, endpoint, status, requestId, body);
        }
        String code = body == null ? null : text(body, "Code");
        if (code != null || status == 429 || retryAfter != null) {
            String message = body == null ? null : text(body, "Message");
            throw MqttApiException.fromServer(operation, endpoint, status, code, scrub(message), requestId,
                retryAfter);
        }
        throw MqttApiException.malformed(operation, endpoint, status, requestId,
            "HTTP " + status + " with " + (body == null ? describe(text) : "a JSON body without a Code"),
            excerpt(text));
    }

    private JsonNode parseObject(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** What the body is instead of a JSON object, in words for the operator. */
    private static String describe(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "an empty body instead of JSON";
        }
        if (trimmed.startsWith("<")) {
            return "an HTML or XML page instead of JSON";
        }
        return trimmed.startsWith("{") || trimmed.startsWith("[") ? "truncated or invalid JSON, or JSON that is "
            + "not an object" : "text that is not JSON";
    }

    /** The start of the body on one line, for the technical message. */
    private String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.isEmpty()) {
            return null;
        }
        return scrub(oneLine.length() > EXCERPT_LENGTH ? oneLine.substring(0, EXCERPT_LENGTH) + "…" : oneLine);
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue(RETRY_AFTER_HEADER);
        if (value.isEmpty()) {
            return null;
        }
        try {
            long millis = Long.parseLong(value.get().trim());
            return millis > 0 ? Duration.ofMillis(millis) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isFalse(JsonNode node) {
        return node != null && (node.isBoolean() ? !node.booleanValue() : "false".equalsIgnoreCase(node.asText()));
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String value = node.asText();
        return value.isBlank() ? null : value;
    }

    /** Removes the secret and the STS token from text that came from outside, should a peer ever echo them. */
    private String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text.replace(credentials.accessKeySecret(), "***");
        return credentials.isSts() ? result.replace(credentials.securityToken(), "***") : result;
    }

    private String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
