package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceFailureTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "SERVER, PermissionCheckFailed, true",
        "SERVER, InstancePermissionCheckFailed, true",
        "SERVER, Forbidden.RAM, true",
        "SERVER, ApiNotSupport, true",
        "SERVER, InvalidAccessKeyId.NotFound, false",
        "SERVER, Throttling.User, false",
        "NETWORK, PermissionCheckFailed, false",
        "CREDENTIALS, Forbidden, false"
    })
    void onlyTheCloudsPermissionCodesCountAsARefusal(FailureKind kind, String code, boolean refusal) {
        ServiceFailure failure = new ServiceFailure(kind, code, "message", "REQ-1", 403, "explanation", "what to do");

        assertEquals(refusal, failure.isPermissionRefusal());
    }
}
