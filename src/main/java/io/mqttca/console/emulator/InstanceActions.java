package io.mqttca.console.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ListInstances: the caller account's instances (any edition), optionally filtered by the {@code Tags} parameter,
 * a JSON array like {@code [{"key":"env","value":"sandbox"}]}; an instance matches when it carries every tag
 * given. The response carries the string {@code Code}/{@code Success} fields of reference §2.3.
 */
final class InstanceActions {

    private final EmulatorStore store;
    private final ObjectMapper json;

    InstanceActions(EmulatorStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void addTo(ActionRoutes routes) {
        routes.put("ListInstances", this::list);
    }

    private Map<String, Object> list(ApiCall call) {
        Map<String, String> wanted = tags(call.param("Tags"));
        List<Map<String, Object>> instances = store.listInstances(call.caller().accountId()).stream()
            .filter(instance -> instance.tags().entrySet().containsAll(wanted.entrySet()))
            .map(InstanceActions::render)
            .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Code", "200");
        body.put("Message", "operation success.");
        body.put("Success", "true");
        body.put("Instances", instances);
        return body;
    }

    private Map<String, String> tags(String parameter) {
        Map<String, String> tags = new TreeMap<>();
        if (parameter == null || parameter.isBlank()) {
            return tags;
        }
        try {
            JsonNode array = json.readTree(parameter);
            if (!array.isArray()) {
                throw tagsError();
            }
            for (JsonNode tag : array) {
                if (!tag.path("key").isTextual()) {
                    throw tagsError();
                }
                tags.put(tag.get("key").asText(), tag.path("value").asText(""));
            }
            return tags;
        } catch (JsonProcessingException e) {
            throw tagsError();
        }
    }

    private static ApiException tagsError() {
        return ApiErrors.parameterFieldCheckFailed(ApiErrors.BAD_REQUEST,
            "Tags must be a JSON array of {\"key\":...,\"value\":...} objects.");
    }

    private static Map<String, Object> render(InstanceRecord instance) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("InstanceId", instance.id());
        fields.put("InstanceName", instance.name());
        fields.put("InstanceStatus", instance.status());
        fields.put("InstanceType", instance.instanceType());
        fields.put("Specific", instance.specification());
        fields.put("RegionId", instance.regionId());
        fields.put("CreateTime", instance.createTime().toEpochMilli());
        fields.put("ExpireTime", instance.expireTime().toEpochMilli());
        fields.put("KernelVersion", instance.kernelVersion());
        fields.put("MqttTags", new TreeMap<>(instance.tags()).entrySet().stream()
            .map(tag -> {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("TagKey", tag.getKey());
                pair.put("TagValue", tag.getValue());
                return pair;
            })
            .toList());
        fields.put("OrderId", instance.orderId());
        return fields;
    }
}
