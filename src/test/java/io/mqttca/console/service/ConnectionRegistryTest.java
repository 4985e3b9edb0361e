package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.emulator.Emulator;
import io.mqttca.console.emulator.EmulatorConfig;
import io.mqttca.console.emulator.SandboxSeed;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionRegistryTest {

    @TempDir
    Path dir;

    private final CountingConnector connector = new CountingConnector();

    private static ConnectionProfile cloud(String id, CredentialSource source) {
        return new ConnectionProfile(id, "Profile " + id, ConnectionProfile.Kind.ALIBABA_CLOUD, "cn-shanghai", null,
            source, null, List.of());
    }

    private static ServiceFailure failureOf(CompletableFuture<?> future) {
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
        assertTrue(thrown.getCause() instanceof ServiceException, "cause: " + thrown.getCause());
        return ((ServiceException) thrown.getCause()).failure();
    }

    @Test
    void aConnectedProfileIsReusedWithoutConnectingAgain() {
        ConnectionRegistry registry = new ConnectionRegistry(connector, Runnable::run);
        ConnectionProfile profile = cloud("c1", CredentialSource.ENVIRONMENT);

        CertificateService first = registry.connect(profile).join();
        CertificateService second = registry.connect(profile).join();

        assertSame(first, second);
        assertEquals(1, connector.connects);
        assertSame(first, registry.connected("c1").orElseThrow());
    }

    @Test
    void connectsAskedForWhileOneIsInFlightShareIt() {
        Deferred executor = new Deferred();
        ConnectionRegistry registry = new ConnectionRegistry(connector, executor);
        ConnectionProfile profile = cloud("c1", CredentialSource.ENVIRONMENT);

        CompletableFuture<CertificateService> first = registry.connect(profile);
        CompletableFuture<CertificateService> second = registry.connect(profile);
        assertTrue(registry.connected("c1").isEmpty(), "not connected while in flight");
        executor.runAll();

        assertEquals(1, connector.connects);
        assertSame(first.join(), second.join());
    }

    @Test
    void aFailedConnectIsNotKeptSoTheNextOneTriesAgain() {
        ConnectionRegistry registry = new ConnectionRegistry(connector, Runnable::run);
        ConnectionProfile profile = cloud("c1", CredentialSource.ENVIRONMENT);
        connector.failNext = true;

        assertEquals("Refused", failureOf(registry.connect(profile)).code());
        CertificateService service = registry.connect(profile).join();

        assertEquals(2, connector.connects);
        assertFalse(connector.isClosed(service));
    }

    @Test
    void disconnectClosesTheServiceAndTheNextConnectOpensANewOne() {
        ConnectionRegistry registry = new ConnectionRegistry(connector, Runnable::run);
        ConnectionProfile profile = cloud("c1", CredentialSource.ENVIRONMENT);
        CertificateService first = registry.connect(profile).join();

        registry.disconnect("c1");

        assertTrue(connector.isClosed(first));
        assertTrue(registry.connected("c1").isEmpty());
        assertFalse(registry.connect(profile).join() == first, "a new connection");
    }

    @Test
    void aConnectThatLandsAfterDisconnectIsClosedAndNotKept() {
        Deferred executor = new Deferred();
        ConnectionRegistry registry = new ConnectionRegistry(connector, executor);
        CompletableFuture<CertificateService> pending = registry.connect(cloud("c1", CredentialSource.ENVIRONMENT));

        registry.disconnect("c1");
        executor.runAll();

        assertEquals("ConnectionClosed", failureOf(pending).code());
        assertTrue(connector.isClosed(connector.opened.get(0)));
        assertTrue(registry.connected("c1").isEmpty());
    }

    @Test
    void closeClosesEveryServiceAndRefusesLaterConnects() {
        ConnectionRegistry registry = new ConnectionRegistry(connector, Runnable::run);
        CertificateService one = registry.connect(cloud("c1", CredentialSource.ENVIRONMENT)).join();
        CertificateService two = registry.connect(cloud("c2", CredentialSource.ENVIRONMENT)).join();

        registry.close();

        assertTrue(connector.isClosed(one) && connector.isClosed(two));
        assertEquals("ConnectionClosed", failureOf(registry.connect(cloud("c3", CredentialSource.ENVIRONMENT)))
            .code());
        assertEquals(2, connector.connects);
    }

    @Test
    void theRememberedKeyReachesTheConnectorOnlyForASessionKeyProfile() {
        ConnectionRegistry registry = new ConnectionRegistry(connector, Runnable::run);
        SessionKey key = new SessionKey("LTAI-id", "secret-value");
        registry.rememberKey("c1", key);
        registry.rememberKey("c2", key);

        registry.connect(cloud("c1", CredentialSource.SESSION_KEY)).join();
        registry.connect(cloud("c2", CredentialSource.ENVIRONMENT)).join();

        assertEquals(Arrays.asList(key, null), connector.keys);
    }

    @Test
    void forgetClosesTheConnectionAndDropsTheKey() {
        ConnectionRegistry registry = new ConnectionRegistry(connector, Runnable::run);
        registry.rememberKey("c1", new SessionKey("LTAI-id", "secret-value"));
        CertificateService service = registry.connect(cloud("c1", CredentialSource.SESSION_KEY)).join();

        registry.forget("c1");

        assertTrue(connector.isClosed(service));
        assertTrue(registry.sessionKey("c1").isEmpty());
    }

    @Test
    void theRegistryNeverShowsASecret() {
        ConnectionRegistry registry = new ConnectionRegistry(connector, Runnable::run);
        registry.rememberKey("c1", new SessionKey("LTAI-id", "secret-value"));
        registry.connect(cloud("c1", CredentialSource.SESSION_KEY)).join();

        assertTrue(registry.toString().contains("c1"), registry.toString());
        assertFalse(registry.toString().contains("secret-value"), registry.toString());
    }

    @Test
    void aKeylessSessionKeyProfileFailsWithSessionKeyMissing() {
        CloudConnector cloud = new CloudConnector(new ChangeJournal(dir.resolve("journal.jsonl")), Map.of(), dir);
        ConnectionRegistry registry = new ConnectionRegistry(cloud, Runnable::run);

        ServiceFailure failure = failureOf(registry.connect(cloud("c1", CredentialSource.SESSION_KEY)));

        assertEquals("SessionKeyMissing", failure.code());
        assertEquals(FailureKind.CREDENTIALS, failure.kind());
    }

    @Test
    void aTypedKeyConnectsToTheCloudAndIsWrittenNowhere() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults(dir.resolve("emulator")))) {
            CloudConnector cloud = new CloudConnector(new ChangeJournal(dir.resolve("data/journal.jsonl")), Map.of(),
                dir);
            ConnectionProfile profile = new ConnectionProfile("c1", "Typed", ConnectionProfile.Kind.ALIBABA_CLOUD,
                null, emulator.baseUrl(), CredentialSource.SESSION_KEY, null, List.of());
            try (ConnectionRegistry registry = new ConnectionRegistry(cloud, Runnable::run)) {
                registry.rememberKey("c1", new SessionKey(SandboxSeed.DEMO_KEY_ID, SandboxSeed.DEMO_KEY_SECRET));
                CertificateService service = registry.connect(profile).get(30, TimeUnit.SECONDS);
                assertTrue(service instanceof CloudCertificateService);
                assertFalse(service.listInstances().get(30, TimeUnit.SECONDS).isEmpty());
                BulkOperation change = service.changeCaCertificates(SandboxSeed.PLATINUM_INSTANCE_ID,
                    ChangeAction.ACTIVATE_CA, List.of(SandboxSeed.LEGACY_INACTIVE_SN), (result, done, total) -> { });
                change.results().get(30, TimeUnit.SECONDS);
            }
            assertTrue(Files.size(dir.resolve("data/journal.jsonl")) > 0, "the change was journalled");
            try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                        .contains(SandboxSeed.DEMO_KEY_SECRET), file.toString());
                }
            }
        }
    }

    @Test
    void tryingAConnectionListsItsInstancesAndClosesIt() {
        ConnectionRegistry registry = new ConnectionRegistry(connector, Runnable::run);

        assertEquals(List.of(), registry.tryConnection(cloud("c1", CredentialSource.ENVIRONMENT), null).join());

        assertTrue(connector.isClosed(connector.opened.get(0)));
        assertTrue(registry.connected("c1").isEmpty(), "a trial connection is not kept");
    }

    /** Runs submitted tasks only when told, so that a test can act while a connect is in flight. */
    private static final class Deferred implements Executor {
        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    /** Counts connects and closes; services list no instances. */
    private static final class CountingConnector implements ProfileConnector {
        private final List<CertificateService> opened = new ArrayList<>();
        private final List<CertificateService> closed = new ArrayList<>();
        private final List<SessionKey> keys = new ArrayList<>();
        private int connects;
        private boolean failNext;

        @Override
        public synchronized CertificateService connect(ConnectionProfile profile, SessionKey sessionKey) {
            connects++;
            keys.add(sessionKey);
            if (failNext) {
                failNext = false;
                throw new ServiceException(ServiceFailure.local(FailureKind.NETWORK, "Refused", "refused", "retry"),
                    null);
            }
            CertificateService[] self = new CertificateService[1];
            self[0] = (CertificateService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CertificateService.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            markClosed(self[0]);
                            return null;
                        case "listInstances":
                            return CompletableFuture.completedFuture(List.of());
                        case "toString":
                            return "service of " + profile.id();
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
            opened.add(self[0]);
            return self[0];
        }

        private synchronized void markClosed(CertificateService service) {
            closed.add(service);
        }

        synchronized boolean isClosed(CertificateService service) {
            return closed.contains(service);
        }
    }
}
