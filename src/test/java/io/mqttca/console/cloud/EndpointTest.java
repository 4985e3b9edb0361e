package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Region ids and URLs into endpoints; plain http only on loopback. */
class EndpointTest {

    @ParameterizedTest
    @CsvSource({
        "cn-hangzhou, https://onsmqtt.cn-hangzhou.aliyuncs.com",
        "ap-southeast-1, https://onsmqtt.ap-southeast-1.aliyuncs.com",
        "mq-internet-access, https://onsmqtt.mq-internet-access.aliyuncs.com",
        "' eu-central-1 ', https://onsmqtt.eu-central-1.aliyuncs.com",
    })
    void buildsTheRegionalEndpoint(String region, String url) {
        Endpoint endpoint = Endpoint.forRegion(region);
        assertEquals(url, endpoint.toString());
        assertEquals(url.substring("https://".length()), endpoint.hostHeader());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CN-HANGZHOU", "cn_hangzhou", "hangzhou", "cn-hangzhou.evil.com", "cn-hangzhou/x",
        "-cn-hangzhou"})
    void refusesWhatIsNotARegionId(String region) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Endpoint.forRegion(region));
        assertTrue(e.getMessage().contains("cn-hangzhou"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8080, 127.0.0.1:8080",
        "http://127.1.2.3:9000/, 127.1.2.3:9000",
        "http://localhost:18080, localhost:18080",
        "http://[::1]:18080, [::1]:18080",
        "http://127.0.0.1, 127.0.0.1",
        "https://onsmqtt-vpc.cn-hangzhou.aliyuncs.com:443, onsmqtt-vpc.cn-hangzhou.aliyuncs.com",
        "HTTPS://OnsMqtt.cn-hangzhou.aliyuncs.com:8443, onsmqtt.cn-hangzhou.aliyuncs.com:8443",
    })
    void acceptsHttpsAnywhereAndHttpOnLoopbackWithTheHostHeaderAsSent(String url, String host) {
        assertEquals(host, Endpoint.of(url).hostHeader());
    }

    @Test
    void knowsALoopbackEndpoint() {
        assertTrue(Endpoint.of("http://127.0.0.1:1").isLoopback());
        assertFalse(Endpoint.forRegion("cn-hangzhou").isLoopback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://onsmqtt.cn-hangzhou.aliyuncs.com", "http://10.0.0.1:8080",
        "http://127.0.0.1.evil.com", "http://localhost.evil.com", "http://128.0.0.1", "http://0.0.0.0:80"})
    void refusesPlainHttpOffLoopback(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Endpoint.of(url));
        assertTrue(e.getMessage().contains("plain http"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "onsmqtt.cn-hangzhou.aliyuncs.com", "ftp://x.example", "https://x.example/path",
        "https://user@x.example", "https://x.example/?a=b", "http://[::1", "http://127.0.0.256"})
    void refusesWhatIsNotABaseUrl(String url) {
        assertThrows(IllegalArgumentException.class, () -> Endpoint.of(url));
    }

    @Test
    void putsTheEncodedQueryAfterTheRootPath() {
        assertEquals("http://127.0.0.1:8/?a=b%20c", Endpoint.of("http://127.0.0.1:8").requestUri("a=b%20c")
            .toString());
        assertEquals("http://127.0.0.1:8/", Endpoint.of("http://127.0.0.1:8").requestUri("").toString());
    }
}
