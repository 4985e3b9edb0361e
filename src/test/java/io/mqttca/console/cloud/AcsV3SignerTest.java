package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class AcsV3SignerTest {

    private static Map<String, String> headers(String host, String action, String version, String date, String nonce) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", host);
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", version);
        headers.put("x-acs-date", date);
        headers.put("x-acs-signature-nonce", nonce);
        headers.put("x-acs-content-sha256", AcsV3Signer.EMPTY_PAYLOAD_HASH);
        headers.put("User-Agent", "not signed");
        headers.put("Accept", "application/json");
        return headers;
    }

    @Test
    void reproducesTheOfficialDocumentationExample() {
        Map<String, String> query = Map.of(
            "ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd", "RegionId", "cn-shanghai");
        Map<String, String> headers = headers("ecs.cn-shanghai.aliyuncs.com", "RunInstances", "2014-05-26",
            "2023-10-26T10:22:32Z", "3156853299f313e23d1673dc12e1703d");
        SortedMap<String, String> signed = AcsV3Signer.signedHeaders(headers);
        String canonical = AcsV3Signer.canonicalRequest("POST", "/", query, signed, AcsV3Signer.EMPTY_PAYLOAD_HASH);
        assertEquals("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259",
            AcsV3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                + "x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
            AcsV3Signer.authorization("POST", query, headers, AcsV3Signer.EMPTY_PAYLOAD_HASH,
                "YourAccessKeyId", "YourAccessKeySecret"));
    }

    @Test
    void encodesPemAndReservedCharactersInTheCanonicalQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("MqttInstanceId", "post-cn-test");
        query.put("CaName", "mqtt ca*~");
        query.put("CaContent", "-----BEGIN CERTIFICATE-----\nAB+/=\n-----END CERTIFICATE-----");
        query.put("VerificationContent", "x");
        assertEquals("CaContent=-----BEGIN%20CERTIFICATE-----%0AAB%2B%2F%3D%0A-----END%20CERTIFICATE-----"
                + "&CaName=mqtt%20ca%2A~&MqttInstanceId=post-cn-test&VerificationContent=x",
            AcsV3Signer.canonicalQuery(query));
        Map<String, String> headers = headers("onsmqtt.cn-hangzhou.aliyuncs.com", "RegisterCaCertificate",
            "2020-04-20", "2024-01-01T00:00:00Z", "0123456789abcdef0123456789abcdef");
        String authorization = AcsV3Signer.authorization("POST", query, headers, AcsV3Signer.EMPTY_PAYLOAD_HASH,
            "testid", "testsecret");
        assertEquals("d14f65538fe3bb449f0e0f6f077c3fae6f7057f13e9524d53b3c8923807497e1",
            authorization.substring(authorization.indexOf("Signature=") + 10));
    }

    @Test
    void signsListCallsSentWithGet() {
        Map<String, String> query = Map.of("MqttInstanceId", "mqtt-cn-test", "PageNo", "1", "PageSize", "100");
        Map<String, String> headers = headers("onsmqtt.cn-hangzhou.aliyuncs.com", "ListCaCertificate",
            "2020-04-20", "2023-10-26T10:22:32Z", "3156853299f313e23d1673dc12e1703d");
        String authorization = AcsV3Signer.authorization("GET", query, headers, AcsV3Signer.EMPTY_PAYLOAD_HASH,
            "YourAccessKeyId", "YourAccessKeySecret");
        assertEquals("4c7f2e2144db6e4f3038a621cd89db8a9a0e6d8eb46abdf3c8b6f92496660f5b",
            authorization.substring(authorization.indexOf("Signature=") + 10));
    }

    @Test
    void mergesRepeatedHeaderNamesAndKeepsEmptyQueryValues() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-test", "http");
        headers.put("x-acs-TEST", "https");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("test", "ok");
        query.put("empty", "");
        assertEquals("ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,"
                + "Signature=4ab59fffe3c5738ff8a2729f90cc04fe18b02a4b15b2102cbaf92f9ff3df2ea3",
            AcsV3Signer.authorization("", query, headers,
                "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23", "acesskey", "secret"));
    }

    @Test
    void percentEncodesUtf8AndSpacesLikeTheSdk() {
        assertEquals("%E4%B8%AD%E6%96%87%20a%2Bb%2A~", AcsV3Signer.percentEncode("中文 a+b*~"));
    }

    @Test
    void credentialsNeverShowTheSecretOrToken() {
        Credentials credentials = new Credentials("LTAIid", "topsecretvalue", "ststokenvalue", "environment");
        String text = credentials.toString();
        assertEquals(false, text.contains("topsecretvalue") || text.contains("ststokenvalue"), text);
    }
}
