package io.mqttca.console.ui.common;

/** Puts text on the system clipboard; view models use it so that tests can record what was copied. */
@FunctionalInterface
public interface ClipboardService {

    void copy(String text);
}
