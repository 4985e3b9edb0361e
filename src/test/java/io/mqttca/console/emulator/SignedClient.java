package io.mqttca.console.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqttca.console.cloud.AcsV3Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Test-only V3 client: signs calls with {@link AcsV3Signer} and sends them with {@link HttpClient} over real HTTP.
 * A {@link Call} can be bent (wrong secret, old date, reused nonce, unsigned header...) to provoke each error.
 */
public final class SignedClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String keyId;
    private final String secret;
    private final String securityToken;

    public SignedClient(String baseUrl, String keyId, String secret) {
        this(baseUrl, keyId, secret, null);
    }

    SignedClient(String baseUrl, String keyId, String secret, String securityToken) {
        this.baseUrl = baseUrl;
        this.keyId = keyId;
        this.secret = secret;
        this.securityToken = securityToken;
    }

    public static SignedClient demo(Emulator emulator) {
        return new SignedClient(emulator.baseUrl(), SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET);
    }

    static SignedClient readOnly(Emulator emulator) {
        return new SignedClient(emulator.baseUrl(), SandboxSeed.READ_ONLY_KEY_ID, SandboxSeed.READ_ONLY_KEY_SECRET);
    }

    static SignedClient otherAccount(Emulator emulator) {
        return new SignedClient(emulator.baseUrl(), SandboxSeed.OTHER_KEY_ID, SandboxSeed.OTHER_KEY_SECRET);
    }

    public Call get(String action) {
        return new Call("GET", action);
    }

    Call call(String method, String action) {
        return new Call(method, action);
    }

    public Call post(String action) {
        return new Call("POST", action);
    }

    /** An answer: HTTP status, parsed JSON body, the Content-Type header and x-acs-retry-after (or empty). */
    public record Response(int status, JsonNode body, String contentType, String retryAfter) {

        public String code() {
            return body.path("Code").asText();
        }

        JsonNode data() {
            return body.path("Data");
        }
    }

    /** One call being prepared. */
    public final class Call {

        private final String method;
        private final String action;
        private final Map<String, String> params = new LinkedHashMap<>();
        private final Map<String, String> extraHeaders = new LinkedHashMap<>();
        private final Set<String> unsigned = new HashSet<>();
        private final Set<String> omitted = new HashSet<>();
        private String version = "2020-04-20";
        private Instant date = Instant.now();
        private String nonce = UUID.randomUUID().toString().replace("-", "");
        private String signingSecret = secret;
        private String token = securityToken;
        private String payloadHashOverride;
        private String authorizationOverride;
        private byte[] body = new byte[0];
        private String contentType;

        private Call(String method, String action) {
            this.method = method;
            this.action = action;
        }

        public Call param(String name, String value) {
            params.put(name, value);
            return this;
        }

        Call params(Map<String, String> values) {
            params.putAll(values);
            return this;
        }

        public Call instance(String instanceId) {
            return param("MqttInstanceId", instanceId);
        }

        Call version(String value) {
            version = value;
            return this;
        }

        Call date(Instant value) {
            date = value;
            return this;
        }

        Call nonce(String value) {
            nonce = value;
            return this;
        }

        Call signWithSecret(String value) {
            signingSecret = value;
            return this;
        }

        Call securityToken(String value) {
            token = value;
            return this;
        }

        Call header(String name, String value) {
            extraHeaders.put(name, value);
            return this;
        }

        /** Sends the header but leaves it out of SignedHeaders. */
        Call unsigned(String headerName) {
            unsigned.add(headerName);
            return this;
        }

        /** Neither sends nor signs the header. */
        Call omit(String headerName) {
            omitted.add(headerName);
            return this;
        }

        Call payloadHash(String value) {
            payloadHashOverride = value;
            return this;
        }

        Call authorization(String value) {
            authorizationOverride = value;
            return this;
        }

        /** A form-encoded body (its hash is signed through x-acs-content-sha256). */
        Call formBody(Map<String, String> fields) {
            body = fields.entrySet().stream()
                .map(e -> AcsV3Signer.percentEncode(e.getKey()) + "=" + AcsV3Signer.percentEncode(e.getValue()))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
            contentType = "application/x-www-form-urlencoded";
            return this;
        }

        public Response send() {
            try {
                return parse(HTTP.send(request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        CompletableFuture<Response> sendAsync() {
            return HTTP.sendAsync(request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(SignedClient::parse);
        }

        HttpRequest request() {
            String query = AcsV3Signer.canonicalQuery(params);
            URI uri = URI.create(baseUrl + "/" + (query.isEmpty() ? "" : "?" + query));
            Map<String, String> headers = new TreeMap<>();
            headers.put("host", uri.getHost() + ":" + uri.getPort());
            headers.put("x-acs-action", action);
            headers.put("x-acs-version", version);
            headers.put("x-acs-date", DateTimeFormatter.ISO_INSTANT.format(date.truncatedTo(ChronoUnit.SECONDS)));
            headers.put("x-acs-signature-nonce", nonce);
            headers.put("x-acs-content-sha256",
                payloadHashOverride != null ? payloadHashOverride : AcsV3Signer.sha256Hex(body));
            if (token != null) {
                headers.put("x-acs-security-token", token);
            }
            if (contentType != null) {
                headers.put("content-type", contentType);
            }
            headers.putAll(extraHeaders);
            headers.keySet().removeAll(omitted);
            Map<String, String> toSign = new TreeMap<>(headers);
            toSign.keySet().removeAll(unsigned);
            String authorization = authorizationOverride != null ? authorizationOverride
                : AcsV3Signer.authorization(method, params, toSign,
                    headers.getOrDefault("x-acs-content-sha256", AcsV3Signer.EMPTY_PAYLOAD_HASH), keyId,
                    signingSecret);
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach((name, value) -> {
                if (!name.equals("host") && !name.equals("authorization")) {
                    builder.header(name, value);
                }
            });
            if (!authorization.isEmpty()) {
                builder.header("Authorization", authorization);
            }
            builder.header("Accept", "application/json");
            return builder.build();
        }
    }

    private static Response parse(HttpResponse<String> response) {
        try {
            return new Response(response.statusCode(), JSON.readTree(response.body()),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("x-acs-retry-after").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }
}
