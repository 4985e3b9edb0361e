package io.mqttca.console.cloud;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Real-time check of the rate limit (not a unit test; surefire excludes *Benchmark). Part 1: 2,000 acquisitions of
 * the default limiter from 16 threads. Part 2: 2,000 activations through {@link OnsMqttClient} from 32 threads to
 * an HTTP server on loopback that records arrival times, i.e. the count the server sees. Both print the elapsed
 * time and the busiest one-second window. Run after {@code mvn test-compile} with
 * {@code java -cp target/classes:target/test-classes:<jackson jars> io.mqttca.console.cloud.RateLimiterBenchmark}.
 */
public final class RateLimiterBenchmark {

    private static final int CALLS = 2000;

    private RateLimiterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        RateLimiter limiter = new RateLimiter(RateLimit.DEFAULT, TimeSource.SYSTEM);
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        long elapsed = run(16, () -> {
            limiter.acquire();
            grants.add(System.nanoTime());
            return null;
        });
        report("limiter alone, 16 threads", elapsed, grants);

        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            arrivals.add(System.nanoTime());
            byte[] body = "{\"RequestId\":\"r\",\"Sn\":\"s\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        ExecutorService serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        server.start();
        OnsMqttClient client = OnsMqttClient.builder(Endpoint.of("http://127.0.0.1:" + server.getAddress().getPort()),
            Credentials.of("benchmark-id", "benchmark-secret", "benchmark"))
            .rateLimiters(new RateLimiterRegistry(TimeSource.SYSTEM)).build();
        elapsed = run(32, () -> client.activateCaCertificate(new CaCertificateRef("post-cn-bench", "00ab")));
        report("client over HTTP, 32 threads, server arrivals", elapsed, arrivals);
        server.stop(0);
        serverThreads.shutdown();
    }

    private static long run(int threads, Callable<?> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            futures.add(pool.submit(call));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return elapsed;
    }

    private static void report(String what, long elapsed, List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int busiest = 0;
        int end = 0;
        for (int begin = 0; begin < sorted.size(); begin++) {
            while (end < sorted.size() && sorted.get(end) < sorted.get(begin) + TimeUnit.SECONDS.toNanos(1)) {
                end++;
            }
            busiest = Math.max(busiest, end - begin);
        }
        System.out.printf("%s at %s: %d calls in %.3f s, busiest 1 s window %d%n", what, RateLimit.DEFAULT,
            sorted.size(), elapsed / 1e9, busiest);
    }
}
