package io.mqttca.console.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.IntFunction;

/**
 * The ApsaraMQ for MQTT OpenAPI client (product OnsMqtt, version 2020-04-20): one typed method per certificate and
 * instance operation, RPC style with every parameter in the query string, signed with ACS3-HMAC-SHA256. Every call
 * passes the account's shared {@link RateLimiter} and, when the operation is safe to repeat, is retried on
 * transient failures per the {@link RetryPolicy}. Results carry the call's RequestId; every failure is an
 * {@link MqttApiException}. Requests are checked before sending; a refused one never reaches the network.
 *
 * <p>An instance is immutable and safe to use from many threads at once.
 */
public final class OnsMqttClient {

    /** Calls in flight before the first answer tells how long answers take. */
    public static final int INITIAL_CONCURRENCY = 8;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoint endpoint;
    private final RpcCaller caller;
    private final RequestChecks checks;

    private OnsMqttClient(Builder b) {
        this.endpoint = b.endpoint;
        HttpClient.Builder http = HttpClient.newBuilder()
            .connectTimeout(b.connectTimeout)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxy = ProxySelector.getDefault();
        if (proxy != null) {
            http.proxy(proxy);
        }
        RpcTransport transport = new RpcTransport(b.endpoint, b.credentials, http.build(), b.connectTimeout,
            b.requestTimeout, b.clock, b.userAgent);
        String account = b.accountKey != null ? "account:" + b.accountKey
            : "accessKeyId:" + b.credentials.accessKeyId();
        RateLimiter limiter = b.rateLimiters.forAccount(account, b.rateLimit);
        this.caller = new RpcCaller(transport, limiter, b.retryPolicy, b.timeSource, b.random);
        this.checks = new RequestChecks(b.endpoint);
    }

    /** Starts a client for an endpoint and a key; everything else has defaults. */
    public static Builder builder(Endpoint endpoint, Credentials credentials) {
        return new Builder(endpoint, credentials);
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /**
     * How many calls of a bulk change to keep in flight now: the account's current rate times the observed answer
     * time (Little's law) with some margin, at most {@code cap}.
     */
    public int suggestedConcurrency(int cap) {
        return caller.suggestedConcurrency(cap);
    }

    /** ListCaCertificate: one page of the instance's CA certificates. */
    public Page<ApiCaCertificate> listCaCertificates(String instanceId, PageRequest page) {
        Operation op = Operation.LIST_CA_CERTIFICATE;
        checks.instanceId(op, instanceId);
        return listPage(op, query("MqttInstanceId", instanceId), page, "CaCertificateVOS",
            WireReader::caCertificate);
    }

    /** Every CA certificate of the instance, in pages of 100 (see {@link Pager} for when paging stops). */
    public AllPages<ApiCaCertificate> listAllCaCertificates(String instanceId) {
        return listAllCaCertificates(instanceId, PageRequest.MAX_PAGE_SIZE, Pager.DEFAULT_MAX_PAGES);
    }

    /** Every CA certificate of the instance with a chosen page size and page cap. */
    public AllPages<ApiCaCertificate> listAllCaCertificates(String instanceId, int pageSize, int maxPages) {
        return Pager.fetchAll(pageNo -> listCaCertificates(instanceId, new PageRequest(pageNo, pageSize)),
            ApiCaCertificate::sn, pageSize, maxPages);
    }

    /** GetCaCertificate: one CA certificate with its PEM contents. */
    public CaCertificateResult getCaCertificate(CaCertificateRef ref) {
        Operation op = Operation.GET_CA_CERTIFICATE;
        RpcResponse response = caller.call(op, caQuery(op, ref));
        return new CaCertificateResult(response.requestId(),
            WireReader.caCertificate(response, WireReader.data(response), "Data"));
    }

    /** ActiveCaCertificate: lets the broker accept device certificates issued by this CA again. */
    public SnResult activateCaCertificate(CaCertificateRef ref) {
        return caChange(Operation.ACTIVE_CA_CERTIFICATE, ref);
    }

    /** InactivateCaCertificate: the broker stops accepting device certificates issued by this CA. */
    public SnResult inactivateCaCertificate(CaCertificateRef ref) {
        return caChange(Operation.INACTIVATE_CA_CERTIFICATE, ref);
    }

    /** DeleteCaCertificate: removes the CA and every device certificate registered under it. Never retried. */
    public SnResult deleteCaCertificate(CaCertificateRef ref) {
        return caChange(Operation.DELETE_CA_CERTIFICATE, ref);
    }

    /** RegisterCaCertificate: registers a CA (it starts active) and returns its Sn. Never retried. */
    public SnResult registerCaCertificate(RegisterCaRequest request) {
        Operation op = Operation.REGISTER_CA_CERTIFICATE;
        Objects.requireNonNull(request, "request");
        checks.instanceId(op, request.instanceId());
        checks.present(op, "caName", request.caName());
        checks.present(op, "caContent", request.caContent());
        checks.present(op, "verificationContent", request.verificationContent());
        Map<String, String> query = query("MqttInstanceId", request.instanceId());
        query.put("CaName", request.caName());
        query.put("CaContent", request.caContent());
        query.put("VerificationContent", request.verificationContent());
        RpcResponse response = caller.call(op, query);
        return new SnResult(response.requestId(), WireReader.requiredText(response, response.body(), "Sn",
            "the answer"));
    }

    /** GetRegisterCode: the code a verification certificate must carry as its Common Name. */
    public RegisterCodeResult getRegisterCode(String instanceId) {
        Operation op = Operation.GET_REGISTER_CODE;
        checks.instanceId(op, instanceId);
        RpcResponse response = caller.call(op, query("MqttInstanceId", instanceId));
        return new RegisterCodeResult(response.requestId(),
            WireReader.requiredText(response, response.body(), "RegisterCode", "the answer"));
    }

    /** ListDeviceCertificateByCaSn: one page of the device certificates issued by one CA. */
    public Page<ApiDeviceCertificate> listDeviceCertificatesByCaSn(String instanceId, String caSn, PageRequest page) {
        Operation op = Operation.LIST_DEVICE_CERTIFICATE_BY_CA_SN;
        checks.instanceId(op, instanceId);
        checks.serial(op, "CaSn", caSn);
        Map<String, String> query = query("MqttInstanceId", instanceId);
        query.put("CaSn", caSn);
        return listPage(op, query, page, "DeviceCertificateVOS", WireReader::deviceCertificate);
    }

    /** Every device certificate issued by one CA, in pages of 100. */
    public AllPages<ApiDeviceCertificate> listAllDeviceCertificatesByCaSn(String instanceId, String caSn) {
        return listAllDeviceCertificatesByCaSn(instanceId, caSn, PageRequest.MAX_PAGE_SIZE, Pager.DEFAULT_MAX_PAGES);
    }

    /** Every device certificate issued by one CA, with a chosen page size and page cap. */
    public AllPages<ApiDeviceCertificate> listAllDeviceCertificatesByCaSn(String instanceId, String caSn, int pageSize,
                                                                       int maxPages) {
        return Pager.fetchAll(
            pageNo -> listDeviceCertificatesByCaSn(instanceId, caSn, new PageRequest(pageNo, pageSize)),
            OnsMqttClient::deviceKey, pageSize, maxPages);
    }

    /** ListDeviceCertificate: one page of all device certificates of the instance. */
    public Page<ApiDeviceCertificate> listDeviceCertificates(String instanceId, PageRequest page) {
        Operation op = Operation.LIST_DEVICE_CERTIFICATE;
        checks.instanceId(op, instanceId);
        return listPage(op, query("MqttInstanceId", instanceId), page, "DeviceCertificateVOS",
            WireReader::deviceCertificate);
    }

    /** Every device certificate of the instance, in pages of 100. */
    public AllPages<ApiDeviceCertificate> listAllDeviceCertificates(String instanceId) {
        return listAllDeviceCertificates(instanceId, PageRequest.MAX_PAGE_SIZE, Pager.DEFAULT_MAX_PAGES);
    }

    /** Every device certificate of the instance, with a chosen page size and page cap. */
    public AllPages<ApiDeviceCertificate> listAllDeviceCertificates(String instanceId, int pageSize, int maxPages) {
        return Pager.fetchAll(pageNo -> listDeviceCertificates(instanceId, new PageRequest(pageNo, pageSize)),
            OnsMqttClient::deviceKey, pageSize, maxPages);
    }

    /**
     * Every device certificate of one CA ({@code caSn} not null) or of the whole instance, in pages of 100 fetched
     * up to {@code parallelism} at a time, each page's new items handed to {@code listener} as it arrives (in page
     * order). The result holds no items: they went to the listener. Blocks the calling thread; page calls after the
     * second run on {@code executor}.
     */
    public AllPages<ApiDeviceCertificate> streamDeviceCertificates(String instanceId, String caSn, int parallelism,
                                                                   Executor executor,
                                                                   ConcurrentPager.PageListener<ApiDeviceCertificate>
                                                                       listener, BooleanSupplier cancelled) {
        IntFunction<Page<ApiDeviceCertificate>> fetch = caSn == null
            ? pageNo -> listDeviceCertificates(instanceId, new PageRequest(pageNo, PageRequest.MAX_PAGE_SIZE))
            : pageNo -> listDeviceCertificatesByCaSn(instanceId, caSn,
                new PageRequest(pageNo, PageRequest.MAX_PAGE_SIZE));
        return new ConcurrentPager<>(fetch, OnsMqttClient::deviceKey, PageRequest.MAX_PAGE_SIZE,
            Pager.DEFAULT_MAX_PAGES, parallelism, executor, listener, cancelled, false).fetchAll();
    }

    /** GetDeviceCertificate: one device certificate with its PEM content. */
    public DeviceCertificateResult getDeviceCertificate(DeviceCertificateRef ref) {
        Operation op = Operation.GET_DEVICE_CERTIFICATE;
        RpcResponse response = caller.call(op, deviceQuery(op, ref));
        return new DeviceCertificateResult(response.requestId(),
            WireReader.deviceCertificate(response, WireReader.data(response), "Data"));
    }

    /** ActiveDeviceCertificate: the broker accepts this device certificate again. */
    public SnResult activateDeviceCertificate(DeviceCertificateRef ref) {
        return deviceChange(Operation.ACTIVE_DEVICE_CERTIFICATE, ref);
    }

    /** InactivateDeviceCertificate: the broker refuses this device certificate. */
    public SnResult inactivateDeviceCertificate(DeviceCertificateRef ref) {
        return deviceChange(Operation.INACTIVATE_DEVICE_CERTIFICATE, ref);
    }

    /** DeleteDeviceCertificate: removes the broker's registration of the device certificate. Never retried. */
    public SnResult deleteDeviceCertificate(DeviceCertificateRef ref) {
        return deviceChange(Operation.DELETE_DEVICE_CERTIFICATE, ref);
    }

    /** ListInstances: the instances in the endpoint's region, optionally only those with all the given tags. */
    public InstanceList listInstances(List<InstanceTag> tags) {
        Operation op = Operation.LIST_INSTANCES;
        Map<String, String> query = new LinkedHashMap<>();
        if (tags != null && !tags.isEmpty()) {
            for (InstanceTag tag : tags) {
                checks.present(op, "tagKey", tag.key());
            }
            query.put("Tags", tagsJson(tags));
        }
        RpcResponse response = caller.call(op, query);
        return new InstanceList(response.requestId(), WireReader.instances(response));
    }

    private SnResult caChange(Operation op, CaCertificateRef ref) {
        RpcResponse response = caller.call(op, caQuery(op, ref));
        String sn = WireReader.optionalText(response.body(), "Sn");
        return new SnResult(response.requestId(), sn != null ? sn : ref.sn());
    }

    private SnResult deviceChange(Operation op, DeviceCertificateRef ref) {
        RpcResponse response = caller.call(op, deviceQuery(op, ref));
        String sn = WireReader.optionalText(response.body(), "DeviceSn");
        return new SnResult(response.requestId(), sn != null ? sn : ref.deviceSn());
    }

    private Map<String, String> caQuery(Operation op, CaCertificateRef ref) {
        Objects.requireNonNull(ref, "ref");
        checks.instanceId(op, ref.instanceId());
        checks.serial(op, "Sn", ref.sn());
        Map<String, String> query = query("MqttInstanceId", ref.instanceId());
        query.put("Sn", ref.sn());
        return query;
    }

    private Map<String, String> deviceQuery(Operation op, DeviceCertificateRef ref) {
        Objects.requireNonNull(ref, "ref");
        checks.instanceId(op, ref.instanceId());
        checks.serial(op, "CaSn", ref.caSn());
        checks.serial(op, "DeviceSn", ref.deviceSn());
        Map<String, String> query = query("MqttInstanceId", ref.instanceId());
        query.put("CaSn", ref.caSn());
        query.put("DeviceSn", ref.deviceSn());
        return query;
    }

    private static Map<String, String> query(String name, String value) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(name, value);
        return query;
    }

    /** The common part of the three list calls: check the page, add it to the query, call, read the page. */
    private <T> Page<T> listPage(Operation op, Map<String, String> query, PageRequest page, String listField,
                                 WireReader.TriFunction<RpcResponse, JsonNode, String, T> itemReader) {
        checks.page(op, page);
        query.put("PageNo", Integer.toString(page.pageNo()));
        query.put("PageSize", Integer.toString(page.pageSize()));
        return WireReader.page(caller.call(op, query), listField, itemReader);
    }

    private static String deviceKey(ApiDeviceCertificate certificate) {
        return certificate.caSn() + "/" + certificate.deviceSn();
    }

    /** The documented filter shape: a JSON array of {@code {"key": ..., "value": ...}}. */
    private static String tagsJson(List<InstanceTag> tags) {
        List<Map<String, String>> list = tags.stream().map(tag -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("key", tag.key());
            entry.put("value", tag.value() == null ? "" : tag.value());
            return entry;
        }).toList();
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of string maps always serialises", e);
        }
    }

    /**
     * Settings of a client. Defaults: connect timeout 5 s, request timeout 15 s, {@link RetryPolicy#DEFAULT},
     * {@link RateLimit#DEFAULT} in the process-wide {@link RateLimiterRegistry#shared() registry} keyed by the
     * AccessKey ID, the system clocks.
     */
    public static final class Builder {
        private final Endpoint endpoint;
        private final Credentials credentials;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(15);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private RateLimit rateLimit = RateLimit.DEFAULT;
        private RateLimiterRegistry rateLimiters = RateLimiterRegistry.shared();
        private String accountKey;
        private TimeSource timeSource = TimeSource.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private String userAgent = "mqtt-ca-console (OnsMqtt " + Operation.API_VERSION + "; Java "
            + Runtime.version().feature() + ")";
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder(Endpoint endpoint, Credentials credentials) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive(value, "requestTimeout");
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        public Builder rateLimit(RateLimit value) {
            this.rateLimit = Objects.requireNonNull(value, "rateLimit");
            return this;
        }

        /** The registry to share limiters through; tests use their own to stay independent. */
        public Builder rateLimiters(RateLimiterRegistry value) {
            this.rateLimiters = Objects.requireNonNull(value, "rateLimiters");
            return this;
        }

        /**
         * The account the key belongs to, when known, so that several AccessKeys of one account share one limiter
         * (the service counts per account). Without it the AccessKey ID is the key.
         */
        public Builder account(String value) {
            this.accountKey = value == null || value.isBlank() ? null : value;
            return this;
        }

        /** The clock and sleeper of retry back-off. */
        public Builder timeSource(TimeSource value) {
            this.timeSource = Objects.requireNonNull(value, "timeSource");
            return this;
        }

        /** The wall clock that dates requests ({@code x-acs-date}). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = Objects.requireNonNull(value, "userAgent");
            return this;
        }

        /** The source of back-off jitter, uniform in [0, 1). */
        public Builder random(DoubleSupplier value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        public OnsMqttClient build() {
            return new OnsMqttClient(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
