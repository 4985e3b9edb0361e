package io.mqttca.console.service;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.CredentialsException;
import io.mqttca.console.cloud.CredentialsResolver;
import io.mqttca.console.cloud.Endpoint;
import io.mqttca.console.cloud.EndpointException;
import io.mqttca.console.cloud.OnsMqttClient;
import io.mqttca.console.cloud.RateLimit;
import io.mqttca.console.text.Text;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens connections: resolves credentials the way the Alibaba Cloud tools do, turns a region or an endpoint URL
 * into an endpoint, and builds the service over a client for them. Every problem becomes a
 * {@link ServiceException} that names what is wrong and what to do.
 */
public final class Connections {

    /** Workers beyond a bulk change's widest: page fetches and reads alongside it. */
    private static final int SPARE_WORKERS = 8;

    /** The environment variable the aliyun CLI reads the default region from. */
    public static final String ENV_REGION = "ALIBABA_CLOUD_REGION_ID";

    private Connections() {
    }

    /** Credentials from the environment, then the aliyun CLI's current profile, or from the named CLI profile. */
    public static Credentials resolveCredentials(Map<String, String> environment, Path home, String cliProfile) {
        CredentialsResolver resolver = new CredentialsResolver(environment, home);
        try {
            return cliProfile == null || cliProfile.isBlank() ? resolver.resolve()
                : resolver.fromCliProfile(cliProfile);
        } catch (CredentialsException e) {
            throw new ServiceException(Failures.of(e), e);
        }
    }

    /**
     * The endpoint for an explicit URL, else a region, else the environment's default region.
     *
     * @throws ServiceException when none is given or the value is not usable
     */
    public static Endpoint endpoint(String endpointUrl, String regionId, Map<String, String> environment) {
        try {
            if (endpointUrl != null && !endpointUrl.isBlank()) {
                return Endpoint.of(endpointUrl);
            }
            String region = regionId != null && !regionId.isBlank() ? regionId : environment.get(ENV_REGION);
            if (region == null || region.isBlank()) {
                throw new ServiceException(ServiceFailure.local(FailureKind.INVALID_INPUT, "InvalidEndpoint",
                    ServiceFailure.text("noEndpoint.explanation", ENV_REGION),
                    ServiceFailure.text("invalidEndpoint.whatToDo")), null);
            }
            return Endpoint.forRegion(region);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(ServiceFailure.local(FailureKind.INVALID_INPUT, "InvalidEndpoint",
                e instanceof EndpointException invalid ? invalid.text() : Text.plain(e.getMessage()),
                ServiceFailure.text("invalidEndpoint.whatToDo")), e);
        }
    }

    /** A service over a new client for the endpoint and credentials, with its own small pool of worker threads. */
    public static CloudCertificateService open(String profileName, Endpoint endpoint, Credentials credentials,
                                               ChangeJournal journal) {
        return open(profileName, endpoint, credentials, journal, RateLimit.DEFAULT);
    }

    /** As {@link #open(String, Endpoint, Credentials, ChangeJournal)}, for an account limited to {@code limit}. */
    public static CloudCertificateService open(String profileName, Endpoint endpoint, Credentials credentials,
                                               ChangeJournal journal, RateLimit limit) {
        OnsMqttClient client = OnsMqttClient.builder(endpoint, credentials).rateLimit(limit).build();
        return new CloudCertificateService(profileName, client, workerPool(), journal, Clock.systemUTC());
    }

    /**
     * Daemon workers, as many as a bulk change at its widest plus reads and pages alongside it; idle ones end after
     * a minute, so a window at rest holds a few.
     */
    static ExecutorService workerPool() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "mqtt-ca-service-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        int workers = CloudCertificateService.BULK_MAX_CONCURRENCY + SPARE_WORKERS;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
