package io.mqttca.console.cloud;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the OpenAPI calls go: {@code https://onsmqtt.<region-id>.aliyuncs.com} for a region, or an explicit base URL.
 * Plain {@code http://} is accepted only for loopback hosts (127.0.0.0/8, ::1, localhost), which is where the local
 * emulator listens; anything else must use HTTPS because the requests carry a signed AccessKey. The URI is kept
 * normalised (no path, query, user info or default port), so {@link #hostHeader()} is exactly the {@code Host}
 * header {@code java.net.http} puts on the wire and therefore what the signature must cover.
 *
 * @param uri the base URI, {@code scheme://host[:port]}
 */
public record Endpoint(URI uri) {

    /** Region ids look like {@code cn-hangzhou}, {@code ap-southeast-1}, {@code mq-internet-access}. */
    private static final Pattern REGION_ID = Pattern.compile("[a-z]{2,}(-[a-z0-9]+){1,4}");
    /** java.net.URI has already refused octets above 255, so the shape is enough. */
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    public Endpoint {
        Objects.requireNonNull(uri, "uri");
        uri = normalise(uri);
    }

    /** The public endpoint of a region, e.g. {@code cn-hangzhou} → {@code https://onsmqtt.cn-hangzhou.aliyuncs.com}. */
    public static Endpoint forRegion(String regionId) {
        String region = regionId == null ? "" : regionId.trim();
        if (region.length() > 64 || !REGION_ID.matcher(region).matches()) {
            throw new EndpointException("notRegion", null, regionId == null ? "" : regionId);
        }
        return new Endpoint(URI.create("https://onsmqtt." + region + ".aliyuncs.com"));
    }

    /**
     * An explicit endpoint URL such as {@code https://onsmqtt-vpc.cn-hangzhou.aliyuncs.com} or
     * {@code http://127.0.0.1:8080}.
     */
    public static Endpoint of(String url) {
        String text = url == null ? "" : url.trim();
        if (text.isEmpty()) {
            throw new EndpointException("empty", null);
        }
        try {
            return new Endpoint(new URI(text));
        } catch (URISyntaxException e) {
            throw new EndpointException("invalidUrl", e, text, e.getReason());
        }
    }

    /** The value of the {@code host} header: the host, plus {@code :port} when the port is not the scheme's default. */
    public String hostHeader() {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /** The request URI for an already percent-encoded query string (empty for no parameters). */
    public URI requestUri(String encodedQuery) {
        return URI.create(uri + "/" + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery));
    }

    public boolean isLoopback() {
        return isLoopbackHost(uri.getHost());
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    private static URI normalise(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isEmpty()) {
            throw new EndpointException("notAbsolute", null, uri.toString());
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new EndpointException("scheme", null, uri.toString(), scheme);
        }
        if (scheme.equals("http") && !isLoopbackHost(host)) {
            throw new EndpointException("plainHttp", null, uri.toString());
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
            || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw new EndpointException("notJustHost", null, uri.toString());
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") ? port == 443 : port == 80);
        String authority = host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        return URI.create(scheme + "://" + authority);
    }

    private static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("[0:0:0:0:0:0:0:1]")
            || IPV4_LOOPBACK.matcher(h).matches();
    }
}
