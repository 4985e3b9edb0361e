package io.mqttca.console.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start an {@link Emulator}. Start from {@link #defaults(Path)} and change what a test or the command
 * line needs with the {@code with...} methods.
 *
 * @param dataDirectory   where the H2 database lives (created if missing)
 * @param port            the loopback port, 0 for an ephemeral one
 * @param extraAccessKeys keys accepted in addition to the seeded ones; kept in memory only, never stored
 * @param seedCas         how many extra inactive CA certificates to add to {@code post-cn-sandbox01} at start
 * @param seedDevices     how many fleet device certificates {@code prod-root-rsa} should have after start
 *                        ({@link DeviceFleetSeed}; 0: none are added)
 * @param callsPerSecond  the flow-control limit per account and second (the API's is 500)
 * @param threads         HTTP handler threads
 * @param clock           the emulator's clock: signature dates, rate-limit windows, registration times
 * @param network         the latency and faults the emulator puts in front of every answer
 */
public record EmulatorConfig(Path dataDirectory, int port, List<EmulatorAccessKey> extraAccessKeys, int seedCas,
                             int seedDevices, int callsPerSecond, int threads, Clock clock,
                             NetworkConditions network) {

    public static final int DEFAULT_CALLS_PER_SECOND = 500;
    public static final int DEFAULT_THREADS = 4;

    public EmulatorConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(network, "network");
        extraAccessKeys = List.copyOf(extraAccessKeys);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (seedCas < 0) {
            throw new IllegalArgumentException("seedCas must not be negative: " + seedCas);
        }
        if (seedDevices < 0 || seedDevices > DeviceFleetSeed.MAX_DEVICES) {
            throw new IllegalArgumentException("seedDevices must be between 0 and " + DeviceFleetSeed.MAX_DEVICES
                + ": " + seedDevices);
        }
        if (callsPerSecond < 1) {
            throw new IllegalArgumentException("callsPerSecond must be at least 1: " + callsPerSecond);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** An ephemeral port, no extra keys, CAs or devices, 500 calls/s per account, 4 threads, the system clock. */
    public static EmulatorConfig defaults(Path dataDirectory) {
        return new EmulatorConfig(dataDirectory, 0, List.of(), 0, 0, DEFAULT_CALLS_PER_SECOND, DEFAULT_THREADS,
            Clock.systemUTC(), NetworkConditions.LOCAL);
    }

    public EmulatorConfig withPort(int newPort) {
        return new EmulatorConfig(dataDirectory, newPort, extraAccessKeys, seedCas,
            seedDevices, callsPerSecond, threads, clock,
            network);
    }

    public EmulatorConfig withAccessKey(EmulatorAccessKey key) {
        List<EmulatorAccessKey> keys = new ArrayList<>(extraAccessKeys);
        keys.add(key);
        return new EmulatorConfig(dataDirectory, port, keys, seedCas, seedDevices, callsPerSecond, threads, clock,
            network);
    }

    public EmulatorConfig withSeedCas(int count) {
        return new EmulatorConfig(dataDirectory, port, extraAccessKeys, count,
            seedDevices, callsPerSecond, threads, clock,
            network);
    }

    public EmulatorConfig withSeedDevices(int count) {
        return new EmulatorConfig(dataDirectory, port, extraAccessKeys, seedCas, count, callsPerSecond, threads, clock,
            network);
    }

    public EmulatorConfig withCallsPerSecond(int limit) {
        return new EmulatorConfig(dataDirectory, port, extraAccessKeys, seedCas, seedDevices, limit, threads, clock,
            network);
    }

    public EmulatorConfig withThreads(int count) {
        return new EmulatorConfig(dataDirectory, port, extraAccessKeys, seedCas,
            seedDevices, callsPerSecond, count, clock, network);
    }

    /** Every answer {@code latency} later (and the handler pool unbounded, so that delayed answers overlap). */
    public EmulatorConfig withLatency(Duration latency) {
        return withNetwork(new NetworkConditions(latency, network.faultRate(), network.faultSeed()));
    }

    /** That share of calls fails at random, from dice seeded with {@code seed}. */
    public EmulatorConfig withFaultRate(double rate, long seed) {
        return withNetwork(new NetworkConditions(network.latency(), rate, seed));
    }

    private EmulatorConfig withNetwork(NetworkConditions conditions) {
        return new EmulatorConfig(dataDirectory, port, extraAccessKeys, seedCas, seedDevices, callsPerSecond, threads,
            clock, conditions);
    }

    public EmulatorConfig withClock(Clock newClock) {
        return new EmulatorConfig(dataDirectory, port, extraAccessKeys, seedCas,
            seedDevices, callsPerSecond, threads, newClock, network);
    }
}
