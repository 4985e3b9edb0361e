package io.mqttca.console.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Serves one HTTP exchange the way the OpenAPI gateway does: reads the parameters (query string, and a
 * form-encoded POST body), verifies the signature, applies the account's flow control, checks the API version,
 * dispatches on {@code x-acs-action} through the route table, and writes the JSON answer: the handler's fields
 * after a fresh upper-case {@code RequestId}, or the standard error body with its HTTP status. Every exchange is
 * recorded before its response is sent, so a client that got an answer finds its request in the log. The
 * {@link NetworkConditions} delay every answer and make a share of calls fail: before the change (HTTP 500), or
 * after it with the connection closed instead of an answer. A throttled call is told when the next second starts
 * ({@code x-acs-retry-after}, in milliseconds).
 */
final class ApiExchangeHandler implements HttpHandler {

    static final String API_VERSION = "2020-04-20";
    static final String CONTENT_TYPE = "application/json;charset=utf-8";

    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(ApiExchangeHandler.class.getName());

    private final ActionRoutes routes;
    private final SignatureVerifier verifier;
    private final AccountRateLimiter rateLimiter;
    private final RequestLog log;
    private final ObjectMapper json;
    private final Clock clock;
    private final NetworkConditions network;
    private final Random faults;

    ApiExchangeHandler(ActionRoutes routes, SignatureVerifier verifier, AccountRateLimiter rateLimiter,
                       RequestLog log, ObjectMapper json, Clock clock, NetworkConditions network) {
        this.routes = routes;
        this.verifier = verifier;
        this.rateLimiter = rateLimiter;
        this.log = log;
        this.json = json;
        this.clock = clock;
        this.network = network;
        this.faults = new Random(network.faultSeed());
    }

    /** What the dice say for one call. */
    private enum Fault {
        NONE,
        BEFORE_THE_CHANGE,
        ANSWER_LOST
    }

    private Fault nextFault() {
        if (network.faultRate() == 0) {
            return Fault.NONE;
        }
        double roll;
        synchronized (faults) {
            roll = faults.nextDouble();
        }
        if (roll >= network.faultRate()) {
            return Fault.NONE;
        }
        return roll < network.faultRate() / 2 ? Fault.BEFORE_THE_CHANGE : Fault.ANSWER_LOST;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
            Map<String, List<String>> headers = lowerCaseHeaders(exchange);
            String method = exchange.getRequestMethod();
            String action = first(headers, "x-acs-action", "");
            Map<String, String> params = Map.of();
            int status;
            String outcome;
            Map<String, Object> body;
            Long retryAfterMillis = null;
            Fault fault = Fault.NONE;
            try {
                byte[] requestBody = readBody(exchange);
                if (!method.equals("GET") && !method.equals("POST")) {
                    throw ApiErrors.unsupportedHttpMethod();
                }
                Map<String, String> query = QueryStrings.parse(exchange.getRequestURI().getRawQuery());
                params = withFormBody(query, headers, requestBody);
                EmulatorAccessKey caller = verifier.verify(new SignedRequest(method,
                    exchange.getRequestURI().getPath(), headers, query, requestBody));
                if (!rateLimiter.tryAcquire(caller.accountId())) {
                    retryAfterMillis = 1000 - clock.millis() % 1000;
                    throw ApiErrors.throttlingUser();
                }
                if (!API_VERSION.equals(first(headers, "x-acs-version", "").trim())) {
                    throw ApiErrors.invalidVersion();
                }
                ActionHandler handler = routes.find(action).orElseThrow(ApiErrors::invalidActionNotFound);
                fault = nextFault();
                if (fault == Fault.BEFORE_THE_CHANGE) {
                    throw ApiErrors.internalError();
                }
                Map<String, Object> fields = handler.handle(
                    new ApiCall(requestId, action, method, params, caller, clock.instant()));
                body = new LinkedHashMap<>();
                body.put("RequestId", requestId);
                body.putAll(fields);
                status = 200;
                outcome = RecordedRequest.OK;
            } catch (ApiException e) {
                status = e.httpStatus();
                outcome = e.code();
                body = errorBody(requestId, first(headers, "host", ""), e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Emulator failed on action " + action + " (RequestId " + requestId + ")", e);
                ApiException internal = ApiErrors.internalError();
                status = internal.httpStatus();
                outcome = internal.code();
                body = errorBody(requestId, first(headers, "host", ""), internal);
            }
            boolean lost = fault == Fault.ANSWER_LOST && status == 200;
            log.record(new RecordedRequest(requestId, action, method, params,
                AuthorizationHeader.accessKeyIdOf(first(headers, "authorization", null)), status,
                lost ? RecordedRequest.ANSWER_LOST : outcome));
            delay();
            if (lost) {
                // Closing the exchange before any response header closes the connection: the change is made, and
                // the client never hears of it.
                return;
            }
            if (retryAfterMillis != null) {
                exchange.getResponseHeaders().set("x-acs-retry-after", Long.toString(retryAfterMillis));
            }
            send(exchange, requestId, status, body);
        }
    }

    private void delay() {
        if (network.delays()) {
            try {
                Thread.sleep(network.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, List<String>> lowerCaseHeaders(HttpExchange exchange) {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values));
        return headers;
    }

    private static String first(Map<String, List<String>> headers, String name, String fallback) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw ApiErrors.parameterFieldCheckFailed(ApiErrors.BAD_REQUEST, "The request body exceeds 1 MiB.");
            }
            return body;
        }
    }

    private static Map<String, String> withFormBody(Map<String, String> query, Map<String, List<String>> headers,
                                                    byte[] body) {
        String contentType = first(headers, "content-type", "").toLowerCase(Locale.ROOT);
        if (body.length == 0 || !contentType.startsWith("application/x-www-form-urlencoded")) {
            return query;
        }
        Map<String, String> params = new LinkedHashMap<>(query);
        QueryStrings.parse(new String(body, StandardCharsets.UTF_8)).forEach((name, value) -> {
            if (params.putIfAbsent(name, value) != null) {
                throw ApiErrors.parameterFieldCheckFailed(ApiErrors.BAD_REQUEST,
                    name + " is given in both the query string and the body.");
            }
        });
        return params;
    }

    private static Map<String, Object> errorBody(String requestId, String host, ApiException error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        body.put("HostId", host);
        body.put("Code", error.code());
        body.put("Message", error.getMessage());
        body.put("Recommend", "https://api.alibabacloud.com/troubleshoot?q=" + error.code()
            + "&product=OnsMqtt&requestId=" + requestId);
        return body;
    }

    private void send(HttpExchange exchange, String requestId, int status, Map<String, Object> body)
        throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-acs-request-id", requestId);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
