package io.mqttca.console.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The one owner of the open connections, shared by the window's profiles pane and the command line. Per profile id it
 * keeps the service once connected (connects asked for while one is in flight share it; a failed connect is not
 * kept, and one that lands after {@link #disconnect(String)} or {@link #close()} is closed at once) and the session
 * key typed in for a {@link CredentialSource#SESSION_KEY} profile, in memory only: nothing here is written anywhere
 * and {@link #toString()} names profile ids, never a key. The connector runs on the executor given, never on the
 * caller's thread unless that executor is the caller's. Every method is thread-safe.
 */
public final class ConnectionRegistry implements AutoCloseable {

    private final ProfileConnector connector;
    private final Executor executor;
    private final Map<String, Connection> connections = new HashMap<>();
    private final Map<String, SessionKey> sessionKeys = new HashMap<>();
    private boolean closed;

    /**
     * @param connector turns a profile into a service (may block: credentials files, starting the sandbox)
     * @param executor  where the connector runs (a background pool; the command line's own thread)
     */
    public ConnectionRegistry(ProfileConnector connector, Executor executor) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * The service of {@code profile}: the one already connected, the one being connected, or a new connection with
     * the session key remembered for it. The future fails with a {@link ServiceException} when the connector refuses
     * (a key-less session-key profile gives {@code SessionKeyMissing}) or when the registry is closed first.
     */
    public CompletableFuture<CertificateService> connect(ConnectionProfile profile) {
        Connection connection;
        SessionKey key;
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(closedFailure());
            }
            Connection known = connections.get(profile.id());
            if (known != null) {
                return known.service.copy();
            }
            connection = new Connection();
            connections.put(profile.id(), connection);
            key = profile.credentialSource() == CredentialSource.SESSION_KEY ? sessionKeys.get(profile.id()) : null;
        }
        try {
            CompletableFuture.supplyAsync(() -> connector.connect(profile, key), executor)
                .whenComplete((service, error) -> settle(profile.id(), connection, service, error));
        } catch (RejectedExecutionException e) {
            settle(profile.id(), connection, null, e);
        }
        return connection.service.copy();
    }

    /**
     * Opens a connection apart from the registry for a profile that is being edited, lists its instances and closes
     * it again: the editor's "Test connection".
     */
    public CompletableFuture<List<MqttInstance>> tryConnection(ConnectionProfile profile, SessionKey sessionKey) {
        return CompletableFuture.supplyAsync(() -> connector.connect(profile, sessionKey), executor)
            .thenCompose(service -> service.listInstances().whenComplete((instances, error) -> service.close()));
    }

    /** The service of the profile if it is connected now (not while connecting). */
    public synchronized Optional<CertificateService> connected(String profileId) {
        Connection connection = connections.get(profileId);
        return connection == null || !connection.service.isDone() || connection.service.isCompletedExceptionally()
            ? Optional.empty() : Optional.of(connection.service.join());
    }

    /** Keeps {@code key} for the profile's next connections (null forgets it); an open connection is kept. */
    public synchronized void rememberKey(String profileId, SessionKey key) {
        if (key == null) {
            sessionKeys.remove(profileId);
        } else {
            sessionKeys.put(profileId, key);
        }
    }

    /** The key typed in for the profile this session, if any. */
    public synchronized Optional<SessionKey> sessionKey(String profileId) {
        return Optional.ofNullable(sessionKeys.get(profileId));
    }

    /** Closes the profile's connection (one still connecting is closed when it lands); its key is kept. */
    public void disconnect(String profileId) {
        Connection connection;
        synchronized (this) {
            connection = connections.remove(profileId);
        }
        closeWhenConnected(connection);
    }

    /** Closes the profile's connection and forgets its key: the profile was removed. */
    public void forget(String profileId) {
        synchronized (this) {
            sessionKeys.remove(profileId);
        }
        disconnect(profileId);
    }

    /** Closes every connection; keys are kept and new connections may be opened. */
    public void closeAll() {
        List<Connection> all;
        synchronized (this) {
            all = new ArrayList<>(connections.values());
            connections.clear();
        }
        all.forEach(ConnectionRegistry::closeWhenConnected);
    }

    /** Closes every connection and forgets every key; later connects fail. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            sessionKeys.clear();
        }
        closeAll();
    }

    @Override
    public synchronized String toString() {
        return "ConnectionRegistry[connections=" + new TreeSet<>(connections.keySet()) + ", sessionKeysFor="
            + new TreeSet<>(sessionKeys.keySet()) + (closed ? ", closed" : "") + "]";
    }

    private void settle(String profileId, Connection connection, CertificateService service, Throwable error) {
        boolean current;
        synchronized (this) {
            current = connections.get(profileId) == connection;
            if (current && error != null) {
                connections.remove(profileId);
            }
        }
        if (error != null) {
            connection.service.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error);
        } else if (current) {
            connection.service.complete(service);
        } else {
            service.close();
            connection.service.completeExceptionally(closedFailure());
        }
    }

    private static void closeWhenConnected(Connection connection) {
        if (connection != null) {
            connection.service.thenAccept(CertificateService::close);
        }
    }

    private static ServiceException closedFailure() {
        return new ServiceException(ServiceFailure.local(FailureKind.CANCELLED, "ConnectionClosed",
            ServiceFailure.text("connectionClosed.explanation"), ServiceFailure.text("connectionClosed.whatToDo")),
            null);
    }

    /** One connection, connected or in flight; the future is completed only by {@link #settle}. */
    private static final class Connection {
        private final CompletableFuture<CertificateService> service = new CompletableFuture<>();
    }
}
