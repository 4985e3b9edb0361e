package io.mqttca.console.cloud;

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
            throw refuse(operation, "The instance ID (MqttInstanceId) is missing.",
                "Choose an instance, or enter its ID as the ApsaraMQ for MQTT console shows it (e.g. post-cn-…).");
        }
        if (!instanceId.equals(instanceId.strip())) {
            throw refuse(operation, "The instance ID (MqttInstanceId) has spaces at the start or end.",
                "Remove the spaces around the instance ID.");
        }
    }

    void serial(Operation operation, String field, String value) {
        if (value == null || value.isEmpty()) {
            throw refuse(operation, "The serial number (" + field + ") is missing.",
                "Choose the certificate from the list, or enter its serial number as the list shows it.");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SN_BYTES) {
            throw refuse(operation, "The serial number (" + field + ") is " + bytes + " bytes long in UTF-8; the "
                    + "service accepts at most " + MAX_SN_BYTES + ".",
                "Use the serial number exactly as the certificate list shows it.");
        }
        if (!value.equals(value.strip())) {
            throw refuse(operation, "The serial number (" + field + ") has spaces at the start or end.",
                "Remove the spaces around the serial number.");
        }
    }

    void page(Operation operation, PageRequest page) {
        if (page == null) {
            throw refuse(operation, "No page was given.", "Ask for a page, e.g. page 1 with 100 items.");
        }
        if (page.pageNo() < 1) {
            throw refuse(operation, "The page number (PageNo) is " + page.pageNo() + "; pages start at 1.",
                "Ask for page 1 or later.");
        }
        if (page.pageSize() < 1 || page.pageSize() > PageRequest.MAX_PAGE_SIZE) {
            throw refuse(operation, "The page size (PageSize) is " + page.pageSize() + "; it must be between 1 and "
                + PageRequest.MAX_PAGE_SIZE + ".", "Use a page size from 1 to " + PageRequest.MAX_PAGE_SIZE + ".");
        }
    }

    void present(Operation operation, String field, String value, String whatToDo) {
        if (value == null || value.isBlank()) {
            throw refuse(operation, "The " + field + " is missing.", whatToDo);
        }
    }

    private MqttApiException refuse(Operation operation, String problem, String whatToDo) {
        return MqttApiException.invalidRequest(operation, endpoint, problem, whatToDo);
    }
}
