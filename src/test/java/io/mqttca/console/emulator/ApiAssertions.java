package io.mqttca.console.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Assertions on emulator answers: exact field lists, the error body, the RequestId form. */
final class ApiAssertions {

    static final String REQUEST_ID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

    private ApiAssertions() {
    }

    /** The object has exactly these fields, in this order. */
    static void assertFields(JsonNode object, String... names) {
        List<String> actual = new ArrayList<>();
        object.fieldNames().forEachRemaining(actual::add);
        assertEquals(List.of(names), actual, () -> "fields of " + object);
    }

    static void assertSuccess(SignedClient.Response response) {
        assertEquals(200, response.status(), () -> "expected success, got " + response.body());
        assertTrue(response.body().path("RequestId").asText().matches(REQUEST_ID), response.body()::toString);
    }

    /** An error answer with the standard body of reference §5. */
    static void assertError(SignedClient.Response response, int status, String code) {
        assertEquals(code, response.code(), () -> "body " + response.body());
        assertEquals(status, response.status(), () -> "body " + response.body());
        assertFields(response.body(), "RequestId", "HostId", "Code", "Message", "Recommend");
        assertTrue(response.body().path("RequestId").asText().matches(REQUEST_ID), response.body()::toString);
        assertEquals("application/json;charset=utf-8", response.contentType());
    }

    /** A string of decimal digits (epoch milliseconds), as ValidBegin / ValidEnd are. */
    static long epochMillisString(JsonNode node) {
        assertTrue(node.isTextual() && node.asText().matches("\\d+"), () -> "not a millisecond string: " + node);
        return Long.parseLong(node.asText());
    }
}
