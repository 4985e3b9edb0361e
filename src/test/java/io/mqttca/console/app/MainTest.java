package io.mqttca.console.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ConsoleSettings;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void theSandboxIsWarmedUpOnlyWhenTheWindowOpensOnIt() {
        assertTrue(Main.opensOnSandbox(ConsoleSettings.defaults()), "first start");
        assertTrue(Main.opensOnSandbox(ConsoleSettings.defaults()
            .withSelection(ConnectionProfile.SANDBOX_ID, "post-cn-sandbox01", null)));
        assertFalse(Main.opensOnSandbox(ConsoleSettings.defaults().withSelection("prod-hangzhou", null, null)),
            "an operator on an Alibaba Cloud profile does not pay for the sandbox's database");
    }
}
