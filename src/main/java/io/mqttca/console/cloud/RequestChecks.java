package io.mqttca.console.cloud;

import io.mqttca.console.text.Text;
import java.nio.charset.StandardCharsets;

/**
 * Checks a request before anything is sent, so a mistake is reported with the field's name and a fix instead of
 * costing a call and coming back as a vague ParameterFieldCheckFailed. A refused request throws
 * {@link MqttApiException} of kind {@link ErrorKind#INVALID_REQUEST} with code {@code InvalidParameter}.
 */
final class RequestChecks {

    /** The documented limit for CA and device serial numbers. */
    static final int MAX_SN_BYTES = 128;

    private final Endpoint endpoint;

    RequestChecks(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    void instanceId(Operation operation, String instanceId) {
        if (instanceId == null || instanceId.isBlank()) {
            throw refuse(operation, "instanceId.missing");
        }
        if (!instanceId.equals(instanceId.strip())) {
            throw refuse(operation, "instanceId.spaces");
        }
    }

    void serial(Operation operation, String field, String value) {
        if (value == null || value.isEmpty()) {
            throw refuse(operation, "sn.missing", field);
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SN_BYTES) {
            throw refuse(operation, "sn.tooLong", field, String.valueOf(bytes), String.valueOf(MAX_SN_BYTES));
        }
        if (!value.equals(value.strip())) {
            throw refuse(operation, "sn.spaces", field);
        }
    }

    void page(Operation operation, PageRequest page) {
        if (page == null) {
            throw refuse(operation, "page.missing");
        }
        if (page.pageNo() < 1) {
            throw refuse(operation, "pageNo.invalid", String.valueOf(page.pageNo()));
        }
        if (page.pageSize() < 1 || page.pageSize() > PageRequest.MAX_PAGE_SIZE) {
            String max = String.valueOf(PageRequest.MAX_PAGE_SIZE);
            throw MqttApiException.invalidRequest(operation, endpoint,
                text("request.pageSize.invalid", String.valueOf(page.pageSize()), max),
                text("request.pageSize.invalid.whatToDo", max));
        }
    }

    /** Refuses a blank {@code value}; {@code field} names the bundle entries {@code request.<field>.missing*}. */
    void present(Operation operation, String field, String value) {
        if (value == null || value.isBlank()) {
            throw refuse(operation, field + ".missing");
        }
    }

    /** A refusal with the texts {@code request.<problem>} and {@code request.<problem>.whatToDo}. */
    private MqttApiException refuse(Operation operation, String problem, Object... args) {
        return MqttApiException.invalidRequest(operation, endpoint, text("request." + problem, args),
            text("request." + problem + ".whatToDo"));
    }

    private static Text text(String key, Object... args) {
        return Text.of(Text.CLOUD, key, args);
    }
}
