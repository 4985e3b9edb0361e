package io.mqttca.console.cloud;

import static io.mqttca.console.cloud.TestClients.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The all-pages helpers over real HTTP: the page parameters sent and the end detection. */
class OnsMqttClientPagingTest {

    private TestApiServer server;
    private OnsMqttClient client;

    @BeforeEach
    void start() throws Exception {
        server = new TestApiServer();
        client = TestClients.client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String caPage(int total, String... sns) {
        StringBuilder items = new StringBuilder();
        for (String sn : sns) {
            items.append(items.length() == 0 ? "" : ",").append("{\"Sn\":\"").append(sn).append("\",\"Status\":\"1\"}");
        }
        return "{\"RequestId\":\"req-" + sns.length + "-" + (sns.length == 0 ? "" : sns[0]) + "\",\"Data\":{\"Total\":"
            + total + ",\"CaCertificateVOS\":[" + items + "]}}";
    }

    @Test
    void fetchesPagesOfTheChosenSizeUntilAShortPage() {
        server.enqueue(TestApiServer.Reply.ok(caPage(5, "a", "b")), TestApiServer.Reply.ok(caPage(5, "c", "d")),
            TestApiServer.Reply.ok(caPage(5, "e")));
        AllPages<ApiCaCertificate> all = client.listAllCaCertificates(INSTANCE, 2, 100);
        assertEquals(List.of("a", "b", "c", "d", "e"), all.items().stream().map(ApiCaCertificate::sn).toList());
        assertEquals(List.of("1", "2", "3"), server.received().stream().map(r -> r.query().get("PageNo")).toList());
        assertEquals(List.of("2", "2", "2"), server.received().stream().map(r -> r.query().get("PageSize")).toList());
        assertEquals(3, all.requestIds().size());
        assertEquals(PagingStop.SHORT_PAGE, all.stop());
    }

    @Test
    void stopsWhenTheServerAlwaysAnswersTheSameFullPage() {
        server.replyAlways(TestApiServer.Reply.ok(caPage(1000, "a", "b")));
        AllPages<ApiCaCertificate> all = client.listAllCaCertificates(INSTANCE, 2, 100);
        assertEquals(2, server.received().size());
        assertEquals(PagingStop.REPEATED_PAGE, all.stop());
    }

    @Test
    void pagesDeviceCertificatesOfOneCa() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Data\":{\"DeviceCertificateVOS\":["
            + "{\"DeviceSn\":\"d1\",\"CaSn\":\"c\",\"Status\":\"1\"}]}}"));
        AllPages<ApiDeviceCertificate> all = client.listAllDeviceCertificatesByCaSn(INSTANCE, "c");
        assertEquals(1, all.items().size());
        assertEquals("100", server.last().query().get("PageSize"));
        assertEquals("c", server.last().query().get("CaSn"));
    }

    @Test
    void pagesAllDeviceCertificatesOfTheInstance() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Data\":{\"DeviceCertificateVOS\":[]}}"));
        AllPages<ApiDeviceCertificate> all = client.listAllDeviceCertificates(INSTANCE);
        assertEquals(PagingStop.EMPTY_PAGE, all.stop());
        assertEquals("ListDeviceCertificate", server.last().header("x-acs-action"));
    }
}
