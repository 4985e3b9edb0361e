package io.mqttca.console.cloud;

import io.mqttca.console.text.Text;
import java.time.Duration;
import java.util.Objects;

/**
 * The one failure type of the OpenAPI client. It carries the {@link ErrorKind}, the operation, the endpoint, and —
 * when the service answered — the HTTP status, the error {@code Code}, the service's {@code Message} and the
 * {@code RequestId}. {@link #explanation()} and {@link #whatToDo()} are short English texts for the operator;
 * {@link #explanationText()} and {@link #whatToDoText()} say them in any language; {@link #getMessage()} is the
 * technical line for logs. No text in this exception ever contains an AccessKey secret or STS token.
 */
public final class MqttApiException extends RuntimeException {

    /** The code of every locally refused request. */
    public static final String INVALID_PARAMETER = "InvalidParameter";

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final Operation operation;
    private final String endpoint;
    private final int httpStatus;
    private final String code;
    private final String serverMessage;
    private final String requestId;
    private final Duration retryAfter;
    private final Text explanation;
    private final Text whatToDo;
    private volatile int attempts = 1;

    private MqttApiException(Builder b) {
        super(b.technical, b.cause);
        this.kind = Objects.requireNonNull(b.kind);
        this.operation = Objects.requireNonNull(b.operation);
        this.endpoint = b.endpoint;
        this.httpStatus = b.httpStatus;
        this.code = b.code;
        this.serverMessage = b.serverMessage;
        this.requestId = b.requestId;
        this.retryAfter = b.retryAfter;
        this.explanation = b.explanation;
        this.whatToDo = b.whatToDo;
    }

    /** An error answer from the service (JSON with a Code). */
    static MqttApiException fromServer(Operation operation, Endpoint endpoint, int httpStatus, String code,
                                       String serverMessage, String requestId, Duration retryAfter) {
        boolean throttled = ErrorCatalog.isThrottling(code) || httpStatus == 429 || retryAfter != null;
        Builder b = new Builder(throttled ? ErrorKind.THROTTLED : ErrorKind.SERVER_ERROR, operation, endpoint);
        b.httpStatus = httpStatus;
        b.code = code;
        b.serverMessage = serverMessage;
        b.requestId = requestId;
        b.retryAfter = retryAfter;
        ErrorCatalog.Advice advice = ErrorCatalog.forCode(code, operation, httpStatus);
        b.explanation = advice.explanation();
        b.whatToDo = advice.whatToDo();
        b.technical = operation.action() + " at " + endpoint + " failed: HTTP " + httpStatus + " "
            + (code == null ? "(no Code)" : code) + ": " + (serverMessage == null ? "(no Message)" : serverMessage)
            + " (RequestId " + (requestId == null ? "none" : requestId) + ")"
            + (retryAfter == null ? "" : ", retry after " + retryAfter.toMillis() + " ms");
        return b.build();
    }

    /** A failure to get any answer: timeout, refused, reset, TLS, unknown host, other I/O. */
    static MqttApiException network(ErrorKind kind, Operation operation, Endpoint endpoint, String detail,
                                    Throwable cause) {
        Builder b = new Builder(kind, operation, endpoint);
        ErrorCatalog.Advice advice = ErrorCatalog.forKind(kind, endpoint, detail);
        b.explanation = advice.explanation();
        b.whatToDo = advice.whatToDo();
        b.technical = operation.action() + " at " + endpoint + ": " + detail;
        b.cause = cause;
        return b.build();
    }

    /** An answer that is not a usable API response; {@code problem} says what is wrong with it. */
    static MqttApiException malformed(Operation operation, Endpoint endpoint, int httpStatus, String requestId,
                                      String problem) {
        return malformed(operation, endpoint, httpStatus, requestId, problem, null);
    }

    /** As above, with the start of the body for the technical message only ({@code null} for none). */
    static MqttApiException malformed(Operation operation, Endpoint endpoint, int httpStatus, String requestId,
                                      String problem, String bodyExcerpt) {
        Builder b = new Builder(ErrorKind.MALFORMED_RESPONSE, operation, endpoint);
        b.httpStatus = httpStatus;
        b.requestId = requestId;
        ErrorCatalog.Advice advice = ErrorCatalog.forKind(ErrorKind.MALFORMED_RESPONSE, endpoint, problem);
        b.explanation = advice.explanation();
        b.whatToDo = advice.whatToDo();
        b.technical = operation.action() + " at " + endpoint + ": malformed response (HTTP " + httpStatus + "): "
            + problem + (requestId == null ? "" : " (RequestId " + requestId + ")")
            + (bodyExcerpt == null ? "" : "; body starts with: " + bodyExcerpt);
        return b.build();
    }

    /** A request refused before sending; nothing reached the network. */
    static MqttApiException invalidRequest(Operation operation, Endpoint endpoint, Text problem, Text whatToDo) {
        Builder b = new Builder(ErrorKind.INVALID_REQUEST, operation, endpoint);
        b.code = INVALID_PARAMETER;
        b.explanation = problem;
        b.whatToDo = whatToDo;
        b.technical = operation.action() + " not sent: " + problem.english();
        return b.build();
    }

    /** The operator cancelled (the thread was interrupted) while the call waited for the rate limit or a retry. */
    static MqttApiException cancelled(Operation operation, Endpoint endpoint, InterruptedException cause) {
        Builder b = new Builder(ErrorKind.CANCELLED, operation, endpoint);
        ErrorCatalog.Advice advice = ErrorCatalog.forKind(ErrorKind.CANCELLED, endpoint, "");
        b.explanation = advice.explanation();
        b.whatToDo = advice.whatToDo();
        b.technical = operation.action() + " at " + endpoint + " cancelled";
        b.cause = cause;
        return b.build();
    }

    public ErrorKind kind() {
        return kind;
    }

    public Operation operation() {
        return operation;
    }

    /** The endpoint URL the call was meant for. */
    public String endpoint() {
        return endpoint;
    }

    /** The HTTP status of the answer, or 0 when no answer arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The service's error Code, {@link #INVALID_PARAMETER} for a local refusal, or {@code null}. */
    public String code() {
        return code;
    }

    /** The service's own Message text, or {@code null}. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The service's RequestId (quote it to support), or {@code null}. */
    public String requestId() {
        return requestId;
    }

    /** The wait the service asked for in {@code x-acs-retry-after}, or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** One or two sentences for the operator, in English: what happened. */
    public String explanation() {
        return explanation.english();
    }

    /** One sentence for the operator, in English: what to do about it. */
    public String whatToDo() {
        return whatToDo.english();
    }

    /** {@link #explanation()} in any language. */
    public Text explanationText() {
        return explanation;
    }

    /** {@link #whatToDo()} in any language. */
    public Text whatToDoText() {
        return whatToDo;
    }

    /** How many attempts were made before giving up (1 when not retried). */
    public int attempts() {
        return attempts;
    }

    void recordAttempts(int count) {
        this.attempts = count;
    }

    /**
     * Whether the failure is transient: throttling, a temporary server failure (InternalError, ServiceUnavailable,
     * HTTP 502/503/504) or a network failure that may pass (timeout, refused, reset). The client repeats such calls
     * only for operations that are {@link Operation#safeToRepeat() safe to repeat}.
     */
    public boolean isTransient() {
        switch (kind) {
            case THROTTLED:
            case NETWORK_TIMEOUT:
            case CONNECTION_REFUSED:
            case CONNECTION_RESET:
                return true;
            case SERVER_ERROR:
            case MALFORMED_RESPONSE:
                return ErrorCatalog.isTransientServerCode(code) || httpStatus == 502 || httpStatus == 503
                    || httpStatus == 504;
            default:
                return false;
        }
    }

    private static final class Builder {
        private final ErrorKind kind;
        private final Operation operation;
        private final String endpoint;
        private int httpStatus;
        private String code;
        private String serverMessage;
        private String requestId;
        private Duration retryAfter;
        private Text explanation;
        private Text whatToDo;
        private String technical;
        private Throwable cause;

        Builder(ErrorKind kind, Operation operation, Endpoint endpoint) {
            this.kind = kind;
            this.operation = operation;
            this.endpoint = endpoint == null ? "(no endpoint)" : endpoint.toString();
        }

        MqttApiException build() {
            return new MqttApiException(this);
        }
    }
}
