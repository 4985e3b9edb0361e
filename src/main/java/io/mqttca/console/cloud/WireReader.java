package io.mqttca.console.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the documented JSON shapes (reference §2) into records. Unknown fields are ignored; a missing field the
 * console relies on (Data, a list, an Sn, a status) or an unreadable one makes the answer malformed. Strings may
 * arrive as JSON numbers and the other way round; both are accepted.
 */
final class WireReader {

    private WireReader() {
    }

    static ApiCaCertificate caCertificate(RpcResponse response, JsonNode node, String where) {
        String sn = requiredText(response, node, "Sn", where);
        String at = where + " (Sn " + sn + ")";
        return new ApiCaCertificate(sn, optionalText(node, "CaName"), status(response, node, at),
            optionalInstant(response, node, "ValidBegin", at), optionalInstant(response, node, "ValidEnd", at),
            optionalText(node, "CaContent"), optionalText(node, "VerificationContent"),
            optionalText(node, "RegistrationCode"));
    }

    static ApiDeviceCertificate deviceCertificate(RpcResponse response, JsonNode node, String where) {
        String deviceSn = requiredText(response, node, "DeviceSn", where);
        String at = where + " (DeviceSn " + deviceSn + ")";
        return new ApiDeviceCertificate(deviceSn, optionalText(node, "CaSn"), optionalText(node, "DeviceName"),
            status(response, node, at), optionalInstant(response, node, "ValidBegin", at),
            optionalInstant(response, node, "ValidEnd", at), optionalText(node, "DeviceContent"));
    }

    /** A {@code Data{Total, PageNo, PageSize, <listField>[...]}} page; a missing list is an empty page. */
    static <T> Page<T> page(RpcResponse response, String listField,
                            TriFunction<RpcResponse, JsonNode, String, T> itemReader) {
        JsonNode data = data(response);
        JsonNode list = data.get(listField);
        List<T> items = new ArrayList<>();
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw response.malformed("Data." + listField + " is not a list");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                String where = "Data." + listField + "[" + i + "]";
                if (!item.isObject()) {
                    throw response.malformed(where + " is not an object");
                }
                items.add(itemReader.apply(response, item, where));
            }
        }
        return new Page<>(response.requestId(), optionalInteger(data, "Total"), optionalInteger(data, "PageNo"),
            optionalInteger(data, "PageSize"), items);
    }

    /** The {@code Data} object every Get and List answer carries. */
    static JsonNode data(RpcResponse response) {
        JsonNode data = response.body().get("Data");
        if (data == null || !data.isObject()) {
            throw response.malformed("the answer has no Data object");
        }
        return data;
    }

    static List<ApiMqttInstance> instances(RpcResponse response) {
        JsonNode list = response.body().get("Instances");
        List<ApiMqttInstance> instances = new ArrayList<>();
        if (list == null || list.isNull()) {
            return instances;
        }
        if (!list.isArray()) {
            throw response.malformed("Instances is not a list");
        }
        for (int i = 0; i < list.size(); i++) {
            instances.add(instance(response, list.get(i), "Instances[" + i + "]"));
        }
        return instances;
    }

    private static ApiMqttInstance instance(RpcResponse response, JsonNode node, String where) {
        if (!node.isObject()) {
            throw response.malformed(where + " is not an object");
        }
        String id = requiredText(response, node, "InstanceId", where);
        String at = where + " (" + id + ")";
        Integer status = optionalInteger(node, "InstanceStatus");
        Integer type = optionalInteger(node, "InstanceType");
        List<InstanceTag> tags = new ArrayList<>();
        JsonNode tagList = node.get("MqttTags");
        if (tagList != null && tagList.isArray()) {
            tagList.forEach(tag -> tags.add(new InstanceTag(optionalText(tag, "TagKey"),
                optionalText(tag, "TagValue"))));
        }
        return new ApiMqttInstance(id, optionalText(node, "InstanceName"), ApiMqttInstance.Status.of(status), status,
            ApiMqttInstance.Edition.of(type), type, optionalText(node, "Specific"), optionalText(node, "RegionId"),
            optionalInstant(response, node, "CreateTime", at), optionalInstant(response, node, "ExpireTime", at),
            optionalText(node, "KernelVersion"), tags, optionalText(node, "OrderId"));
    }

    static String requiredText(RpcResponse response, JsonNode node, String field, String where) {
        String value = optionalText(node, field);
        if (value == null) {
            throw response.malformed(where + " has no " + field);
        }
        return value;
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    private static ApiCertificateStatus status(RpcResponse response, JsonNode node, String where) {
        String wire = requiredText(response, node, "Status", where);
        ApiCertificateStatus status = ApiCertificateStatus.fromWire(wire.trim());
        if (status == null) {
            throw response.malformed(where + " has Status '" + wire + "', expected \"1\" (active) or \"0\" "
                + "(inactive)");
        }
        return status;
    }

    private static Instant optionalInstant(RpcResponse response, JsonNode node, String field, String where) {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            throw response.malformed(where + " has " + field + " '" + text + "', expected epoch milliseconds");
        }
    }

    /** An integer that may come as a number or a string; anything unreadable counts as absent. */
    private static Integer optionalInteger(JsonNode node, String field) {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A function of three arguments (the JDK has none). */
    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }
}
