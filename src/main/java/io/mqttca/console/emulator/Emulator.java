package io.mqttca.console.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A running local emulator of the ApsaraMQ for MQTT certificate API (OnsMqtt 2020-04-20): an HTTP server on
 * 127.0.0.1 that verifies V3 signatures, enforces the per-account flow control and answers the fourteen
 * certificate and instance operations from an H2 store, seeded with demo data on first start. Start it with
 * {@link #start(EmulatorConfig)}, point a client at {@link #baseUrl()}, and {@link #close()} it.
 */
public final class Emulator implements AutoCloseable {

    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private static final int RECORDED_REQUESTS = 10_000;
    private static final int BACKLOG = 256;
    private static final InetAddress LOOPBACK = loopback();

    private final HttpServer server;
    private final ExecutorService executor;
    private final EmulatorStore store;
    private final ActionRoutes routes;
    private final RequestLog requestLog;
    private final DeviceSeedResult deviceSeed;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closedLatch = new CountDownLatch(1);

    private Emulator(HttpServer server, ExecutorService executor, EmulatorStore store, ActionRoutes routes,
                     RequestLog requestLog, DeviceSeedResult deviceSeed) {
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.routes = routes;
        this.requestLog = requestLog;
        this.deviceSeed = deviceSeed;
    }

    /**
     * Opens the store in the data directory (seeding a new one), adds the configured bulk CAs and fleet devices,
     * and only then starts serving.
     *
     * @throws UncheckedIOException when the port cannot be bound
     * @throws StoreException       when the database cannot be opened
     * @throws SeedException        when devices were asked for and this database cannot issue them
     */
    public static Emulator start(EmulatorConfig config) {
        // The JDK server writes headers and body separately; with Nagle on, each answer then waits for the client's
        // delayed ACK (about 40 ms), capping a bulk change far below 500 calls/s. Read once, before the first server.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        EmulatorStore store = EmulatorStore.open(config.dataDirectory(), config.threads() + 2);
        try {
            Instant now = config.clock().instant();
            if (!store.isSeeded()) {
                SandboxSeed.seed(store, now);
            }
            if (config.seedCas() > 0) {
                SandboxSeed.addBulkCas(store, config.seedCas(), now);
            }
            DeviceSeedResult deviceSeed = config.seedDevices() > 0
                ? DeviceFleetSeed.seedUpTo(store, config.seedDevices(), now) : null;
            ObjectMapper json = new ObjectMapper();
            ActionRoutes routes = ActionRoutes.standard(store, json);
            RequestLog requestLog = new RequestLog(RECORDED_REQUESTS);
            Map<String, EmulatorAccessKey> extraKeys = config.extraAccessKeys().stream()
                .collect(Collectors.toMap(EmulatorAccessKey::id, Function.identity(), (first, second) -> second));
            SignatureVerifier verifier = new SignatureVerifier(
                id -> Optional.ofNullable(extraKeys.get(id)).or(() -> store.findAccessKey(id)), config.clock());
            ApiExchangeHandler handler = new ApiExchangeHandler(routes, verifier,
                new AccountRateLimiter(config.callsPerSecond(), config.clock()), requestLog, json, config.clock(),
                config.network());
            HttpServer server = bind(config.port());
            // A delayed answer holds its thread while it waits, as a WAN link holds the request: without a pool that
            // grows, answers would queue behind each other instead of overlapping.
            ExecutorService executor = config.network().delays()
                ? Executors.newCachedThreadPool(daemonThreads())
                : Executors.newFixedThreadPool(config.threads(), daemonThreads());
            server.setExecutor(executor);
            server.createContext("/", handler);
            server.start();
            return new Emulator(server, executor, store, routes, requestLog, deviceSeed);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static HttpServer bind(int port) {
        InetSocketAddress address = new InetSocketAddress(LOOPBACK, port);
        try {
            return HttpServer.create(address, BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + address.getHostString() + ":" + port, e);
        }
    }

    /** 127.0.0.1 itself, even where Java prefers IPv6 and {@code getLoopbackAddress()} would give ::1. */
    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("A literal IPv4 address needs no lookup", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "emulator-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** What {@link EmulatorConfig#seedDevices()} did at start; empty when no devices were asked for. */
    public Optional<DeviceSeedResult> deviceSeed() {
        return Optional.ofNullable(deviceSeed);
    }

    /** The store behind the emulator, for tests that assert on state after a call. */
    public EmulatorStore store() {
        return store;
    }

    /** The route table; replacing a route takes effect for the next request. */
    public ActionRoutes routes() {
        return routes;
    }

    /** The requests served so far (the most recent 10,000), oldest first. */
    public List<RecordedRequest> requests() {
        return requestLog.snapshot();
    }

    public void clearRequests() {
        requestLog.clear();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closedLatch.await();
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Stops listening, lets running handlers finish (up to 5 s), then closes the database. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.stop(0);
            executor.shutdown();
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            store.close();
            closedLatch.countDown();
        }
    }
}
