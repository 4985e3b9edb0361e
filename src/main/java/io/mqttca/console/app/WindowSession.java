package io.mqttca.console.app;

import io.mqttca.console.service.ConnectionRegistry;

/**
 * What outlives a rebuild of the window (a language switch): the one background executor and the open connections,
 * with the session keys the operator typed, which must not be asked for again. Closed when the window closes.
 */
final class WindowSession implements AutoCloseable {

    final BackgroundExecutor background = new BackgroundExecutor();
    /** The open connections, or null when this build has no connector. */
    final ConnectionRegistry connections;

    WindowSession(ConsoleEnvironment environment) {
        connections = environment.connector() == null ? null
            : new ConnectionRegistry(environment.connector(), background);
    }

    @Override
    public void close() {
        if (connections != null) {
            connections.close();
        }
        background.close();
    }
}
