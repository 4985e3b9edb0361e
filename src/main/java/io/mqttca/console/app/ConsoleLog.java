package io.mqttca.console.app;

/**
 * The console's one logger (JDK platform logging, so no library and no configuration is needed). Errors are logged
 * once, where they are finally handled; nothing logged here carries a secret.
 */
public final class ConsoleLog {

    /** The logger of the window and its background work. */
    public static final System.Logger LOG = System.getLogger("io.mqttca.console");

    private ConsoleLog() {
    }
}
