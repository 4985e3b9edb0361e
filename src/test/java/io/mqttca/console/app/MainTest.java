package io.mqttca.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ConsoleSettings;
import java.util.Map;
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

    @Test
    void aLinuxBoxWithoutDisplayOrWaylandHasNoDisplay() {
        assertFalse(Main.hasDisplay(Map.of(), "Linux", null));
        assertFalse(Main.hasDisplay(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", " "), "Linux", null));
        assertFalse(Main.hasDisplay(Map.of(), "FreeBSD", "gtk"));
    }

    @Test
    void displayWaylandMacWindowsAndMonocleHaveOne() {
        assertTrue(Main.hasDisplay(Map.of("DISPLAY", ":99"), "Linux", null));
        assertTrue(Main.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertTrue(Main.hasDisplay(Map.of(), "Mac OS X", null));
        assertTrue(Main.hasDisplay(Map.of(), "Windows 11", null));
        assertTrue(Main.hasDisplay(Map.of(), "Linux", "Monocle"), "the headless platform needs no display");
    }

    @Test
    void theNoDisplayMessageSaysWhatToDo() {
        assertEquals("error: no display; use a subcommand (mqtt-ca-console --help), or set DISPLAY", Main.NO_DISPLAY);
    }
}
