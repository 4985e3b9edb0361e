package io.mqttca.console.cloud;

import static io.mqttca.console.cloud.TestClients.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The documented success bodies (reference §2) mapped into records, over real HTTP. */
class OnsMqttClientResponseTest {

    private static final String REQUEST_ID = "020F6A43-19E6-4B6E-B846-44EB31DF0001";

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

    @Test
    void mapsACaPageWithStatusValidityAndPagingFields() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"" + REQUEST_ID + "\",\"Data\":{\"Total\":1,"
            + "\"PageNo\":2,\"PageSize\":10,\"CaCertificateVOS\":[{\"RegistrationCode\":\"13274673-8f90\","
            + "\"CaName\":\"mqtt_ca\",\"Sn\":\"00f26900ba87\",\"CaContent\":\"-----BEGIN CERTIFICATE-----\\nA\","
            + "\"VerificationContent\":\"-----BEGIN CERTIFICATE-----\\nB\",\"ValidBegin\":\"1654137303000\","
            + "\"ValidEnd\":\"1969497303000\",\"Status\":\"1\"},{\"Sn\":\"007269004887\",\"Status\":\"0\"}]}}"));

        Page<ApiCaCertificate> page = client.listCaCertificates(INSTANCE, new PageRequest(2, 10));

        assertEquals(REQUEST_ID, page.requestId());
        assertEquals(1, page.total());
        assertEquals(2, page.pageNo());
        assertEquals(10, page.pageSize());
        assertEquals(new ApiCaCertificate("00f26900ba87", "mqtt_ca", ApiCertificateStatus.ACTIVE,
            Instant.ofEpochMilli(1654137303000L), Instant.ofEpochMilli(1969497303000L),
            "-----BEGIN CERTIFICATE-----\nA", "-----BEGIN CERTIFICATE-----\nB", "13274673-8f90"),
            page.items().get(0));
        assertEquals(new ApiCaCertificate("007269004887", null, ApiCertificateStatus.INACTIVE, null, null, null, null,
            null), page.items().get(1));
    }

    @Test
    void acceptsNumbersWhereTheDocumentationShowsStringsAndIgnoresUnknownFields() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"HostId\":\"h\",\"Data\":{\"Sn\":\"ab\","
            + "\"Status\":1,\"ValidBegin\":1654137303000,\"NewField\":{\"x\":[1]},\"CaName\":null},\"Extra\":true}"));
        ApiCaCertificate ca = client.getCaCertificate(new CaCertificateRef(INSTANCE, "ab")).certificate();
        assertEquals(ApiCertificateStatus.ACTIVE, ca.status());
        assertEquals(Instant.ofEpochMilli(1654137303000L), ca.validBegin());
        assertNull(ca.name());
    }

    @Test
    void treatsAPageWithoutItsListAsEmpty() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Data\":{\"Total\":0}}"));
        assertEquals(List.of(), client.listCaCertificates(INSTANCE, PageRequest.first()).items());
    }

    @Test
    void mapsADeviceCertificate() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"" + REQUEST_ID + "\",\"Data\":{\"ValidBegin\":"
            + "\"1654137303000\",\"ValidEnd\":\"1969497303000\",\"DeviceSn\":\"356217374433\",\"DeviceName\":"
            + "\"mqtt_device\",\"DeviceContent\":\"PEM\",\"CaSn\":\"00f26900ba87\",\"Status\":\"0\"}}"));
        DeviceCertificateResult result = client.getDeviceCertificate(
            new DeviceCertificateRef(INSTANCE, "00f26900ba87", "356217374433"));
        assertEquals(REQUEST_ID, result.requestId());
        assertEquals(new ApiDeviceCertificate("356217374433", "00f26900ba87", "mqtt_device",
            ApiCertificateStatus.INACTIVE, Instant.ofEpochMilli(1654137303000L), Instant.ofEpochMilli(1969497303000L),
            "PEM"), result.certificate());
    }

    @Test
    void mapsADevicePage() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Data\":{\"Total\":2,\"PageNo\":1,"
            + "\"PageSize\":100,\"DeviceCertificateVOS\":[{\"DeviceSn\":\"d1\",\"CaSn\":\"c\",\"Status\":\"1\"},"
            + "{\"DeviceSn\":\"d2\",\"CaSn\":\"c\",\"Status\":\"0\"}]}}"));
        Page<ApiDeviceCertificate> page = client.listDeviceCertificatesByCaSn(INSTANCE, "c", PageRequest.first());
        assertEquals(List.of("d1", "d2"), page.items().stream().map(ApiDeviceCertificate::deviceSn).toList());
        assertEquals(ApiCertificateStatus.INACTIVE, page.items().get(1).status());
    }

    @Test
    void returnsTheSnAndRequestIdOfAChange() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"" + REQUEST_ID + "\",\"Sn\":\"00f26900ba87\"}"));
        assertEquals(new SnResult(REQUEST_ID, "00f26900ba87"),
            client.activateCaCertificate(new CaCertificateRef(INSTANCE, "00f26900ba87")));
    }

    @Test
    void fallsBackToTheRequestedSnWhenAChangeAnswerOmitsIt() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\"}"));
        assertEquals(new SnResult("r", "d9"),
            client.inactivateDeviceCertificate(new DeviceCertificateRef(INSTANCE, "c1", "d9")));
    }

    @Test
    void returnsTheSnOfANewlyRegisteredCa() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"Sn\":\"007269004887\"}"));
        assertEquals("007269004887", client.registerCaCertificate(
            new RegisterCaRequest(INSTANCE, "ca", "PEM", "PEM")).sn());
    }

    @Test
    void returnsTheRegisterCode() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"r\",\"RegisterCode\":"
            + "\"13274673-8f90-4630-bea1-9cccb25756ad2089\"}"));
        assertEquals(new RegisterCodeResult("r", "13274673-8f90-4630-bea1-9cccb25756ad2089"),
            client.getRegisterCode(INSTANCE));
    }

    @Test
    void mapsInstancesWithTheirStatusEditionTimesAndTags() {
        server.enqueue(TestApiServer.Reply.ok("{\"RequestId\":\"294F5B26\",\"Code\":\"200\",\"Message\":"
            + "\"operation success.\",\"Success\":\"true\",\"Instances\":[{\"InstanceId\":\"mqtt-cn-x\","
            + "\"InstanceName\":\"prod\",\"InstanceStatus\":5,\"InstanceType\":4,\"Specific\":\"mqtt.p2.1xlarge\","
            + "\"RegionId\":\"cn-shenzhen\",\"CreateTime\":1739345768000,\"ExpireTime\":1741795200000,"
            + "\"KernelVersion\":\"V3.3.0\",\"MqttTags\":[{\"TagKey\":\"test\",\"TagValue\":\"v\"}],"
            + "\"OrderId\":\"245949616640095\"},{\"InstanceId\":\"mqtt-cn-y\",\"InstanceStatus\":99}]}"));
        InstanceList list = client.listInstances(null);
        assertEquals("294F5B26", list.requestId());
        ApiMqttInstance first = list.instances().get(0);
        assertEquals(new ApiMqttInstance("mqtt-cn-x", "prod", ApiMqttInstance.Status.IN_SERVICE, 5,
            ApiMqttInstance.Edition.PROFESSIONAL, 4, "mqtt.p2.1xlarge", "cn-shenzhen",
            Instant.ofEpochMilli(1739345768000L), Instant.ofEpochMilli(1741795200000L), "V3.3.0",
            List.of(new InstanceTag("test", "v")), "245949616640095"), first);
        assertEquals(ApiMqttInstance.Status.UNKNOWN, list.instances().get(1).status());
        assertEquals(ApiMqttInstance.Edition.UNKNOWN, list.instances().get(1).edition());
    }
}
