package io.mqttca.console.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.TestCertificates;
import io.mqttca.console.cert.TestInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    private static final List<String> CERTIFICATE_FIELDS = List.of("source", "index", "subject",
        "subjectCommonName", "issuer", "serialHex", "serialDecimal", "notBefore", "notAfter", "sha1", "sha256",
        "publicKeyAlgorithm", "publicKeyBits", "publicKeyCurve", "signatureAlgorithm", "version", "ca", "pathLength",
        "keyUsage", "extendedKeyUsage", "subjectAlternativeNames", "subjectKeyIdentifier", "authorityKeyIdentifier",
        "selfSigned");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    /** What one run printed and returned. */
    private record Run(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ConsoleCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }

    @Test
    void printsAReadableBlockPerCertificateAndExitsZero() throws IOException {
        Path ca = file("ca.pem", TestCertificates.certificate().subject("CN=Example Root,O=Example,C=CN")
            .serial(BigInteger.valueOf(0x8F01)).ca(1).keyPair(TestCertificates.ecP256())
            .validity(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2999-01-01T00:00:00Z")).pem());
        Run run = run("inspect", ca.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith(ca + " [0]\n"), run.out());
        assertTrue(run.out().contains("Subject:        C = CN, O = Example, CN = Example Root\n"), run.out());
        assertTrue(run.out().contains("Serial:         8F01 (decimal 36609)\n"), run.out());
        assertTrue(run.out().contains("2024-01-01T00:00:00Z to 2999-01-01T00:00:00Z  expires in "), run.out());
        assertTrue(run.out().contains("Key:            EC 256 bits (prime256v1)\n"), run.out());
        assertTrue(run.out().contains("CA:             yes, path length 1\n"), run.out());
        assertTrue(run.out().contains("SHA-256:        "), run.out());
    }

    @Test
    void textPrintsNamesInOpenSslOrderWhileJsonKeepsRfc4514Order() throws IOException {
        Path device = file("device.pem", TestCertificates.certificate()
            .subject("CN=Sensor 7,OU=IoT+OU=Edge,O=Example\\, Inc,C=CN")
            .issuer("CN=Example Root,O=Example,C=CN", TestCertificates.ecP256()).pem());

        Run text = run("inspect", device.toString());
        assertTrue(text.out().contains("Subject:        C = CN, O = \"Example, Inc\", OU = IoT + OU = Edge, "
            + "CN = Sensor 7\n"), text.out());
        assertTrue(text.out().contains("Issuer:         C = CN, O = Example, CN = Example Root\n"), text.out());

        JsonNode json = new ObjectMapper().readTree(run("inspect", "--json", device.toString()).out()).get(0);
        assertEquals("CN=Sensor 7,OU=Edge+OU=IoT,O=Example\\, Inc,C=CN", json.get("subject").asText());
        assertEquals("CN=Example Root,O=Example,C=CN", json.get("issuer").asText());
    }

    @Test
    void marksExpiredCertificates() throws IOException {
        Path old = file("old.pem", TestCertificates.certificate()
            .validity(Instant.parse("2001-01-01T00:00:00Z"), Instant.parse("2002-01-01T00:00:00Z")).pem());
        assertTrue(run("inspect", old.toString()).out().contains("  EXPIRED "));
    }

    @Test
    void writesTheValidityMarker() {
        CertificateDetails details = details(TestCertificates.certificate()
            .validity(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2031-01-01T00:00:00Z")).der());
        assertEquals("NOT YET VALID (starts in 1 day)",
            InspectTextOutput.validityMarker(details, Instant.parse("2029-12-30T12:00:00Z")));
        assertEquals("expires in 365 days",
            InspectTextOutput.validityMarker(details, Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals("expires in 0 days",
            InspectTextOutput.validityMarker(details, Instant.parse("2030-12-31T23:00:00Z")));
        assertEquals("EXPIRED 10 days ago",
            InspectTextOutput.validityMarker(details, Instant.parse("2031-01-11T00:00:01Z")));
    }

    @Test
    void writesOneJsonObjectPerCertificateWithEveryField() throws IOException {
        Path bundle = file("bundle.pem", TestCertificates.certificate().subject("CN=device,O=Example")
            .serial(new BigInteger("80FF", 16)).issuer("CN=CA", TestCertificates.rsa2048())
            .keyPair(TestCertificates.ecP384())
            .validity(Instant.parse("2026-11-25T08:07:17Z"), Instant.parse("2036-11-25T08:07:17Z"))
            .keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(KeyPurposeId.id_kp_clientAuth)
            .alternativeName(GeneralName.dNSName, "device.example.com").pem()
            + TestCertificates.certificate().version1().pem());
        Run run = run("inspect", "--json", bundle.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode array = JSON.readTree(run.out());
        assertEquals(2, array.size());
        JsonNode device = array.get(0);
        assertEquals(CERTIFICATE_FIELDS, fieldNames(device));
        assertEquals(bundle.toString(), device.get("source").asText());
        assertEquals(0, device.get("index").asInt());
        assertEquals("CN=device,O=Example", device.get("subject").asText());
        assertEquals("device", device.get("subjectCommonName").asText());
        assertEquals("CN=CA", device.get("issuer").asText());
        assertEquals("80FF", device.get("serialHex").asText());
        assertEquals("33023", device.get("serialDecimal").asText());
        assertEquals("2026-11-25T08:07:17Z", device.get("notBefore").asText());
        assertEquals("2036-11-25T08:07:17Z", device.get("notAfter").asText());
        assertTrue(device.get("sha1").asText().matches("([0-9A-F]{2}:){19}[0-9A-F]{2}"));
        assertTrue(device.get("sha256").asText().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));
        assertEquals("EC", device.get("publicKeyAlgorithm").asText());
        assertEquals(384, device.get("publicKeyBits").asInt());
        assertEquals("secp384r1", device.get("publicKeyCurve").asText());
        assertEquals("sha256WithRSAEncryption", device.get("signatureAlgorithm").asText());
        assertEquals(3, device.get("version").asInt());
        assertFalse(device.get("ca").asBoolean());
        assertTrue(device.get("pathLength").isNull());
        assertEquals("[\"digitalSignature\"]", device.get("keyUsage").toString());
        assertEquals("[\"clientAuth\"]", device.get("extendedKeyUsage").toString());
        assertEquals("[\"DNS:device.example.com\"]", device.get("subjectAlternativeNames").toString());
        assertTrue(device.get("subjectKeyIdentifier").asText().matches("([0-9A-F]{2}:)+[0-9A-F]{2}"));
        assertFalse(device.get("selfSigned").asBoolean());
    }

    @Test
    void writesAbsentValuesAsNullOrEmptyArrays() throws IOException {
        Path v1 = file("v1.pem", TestCertificates.certificate().version1().keyPair(TestCertificates.ed25519())
            .subject("O=No Common Name").pem());
        JsonNode certificate = JSON.readTree(run("inspect", "--json", v1.toString()).out()).get(0);
        assertEquals(CERTIFICATE_FIELDS, fieldNames(certificate));
        assertTrue(certificate.get("subjectCommonName").isNull());
        assertTrue(certificate.get("publicKeyCurve").isNull());
        assertTrue(certificate.get("pathLength").isNull());
        assertTrue(certificate.get("subjectKeyIdentifier").isNull());
        assertTrue(certificate.get("authorityKeyIdentifier").isNull());
        assertEquals("[]", certificate.get("keyUsage").toString());
        assertEquals("[]", certificate.get("extendedKeyUsage").toString());
        assertEquals("[]", certificate.get("subjectAlternativeNames").toString());
        assertEquals(1, certificate.get("version").asInt());
        assertTrue(certificate.get("selfSigned").asBoolean());
    }

    @Test
    void writesErrorObjectsInFileOrderAndOneStderrLinePerErrorAndExitsTwo() throws IOException {
        String good = TestCertificates.certificate().pem();
        String broken = "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n";
        Path bundle = file("mixed.pem", good + broken + good);
        Path missing = directory.resolve("missing.pem");
        Path empty = file("empty.pem", "");
        Run run = run("inspect", "--json", bundle.toString(), missing.toString(), empty.toString());
        assertEquals(InspectCommand.EXIT_INPUT_ERROR, run.exitCode());
        JsonNode array = JSON.readTree(run.out());
        assertEquals(5, array.size());
        assertEquals(List.of(0, 1, 2), List.of(array.get(0).get("index").asInt(), array.get(1).get("index").asInt(),
            array.get(2).get("index").asInt()));
        JsonNode corrupt = array.get(1);
        assertEquals(List.of("source", "index", "error"), fieldNames(corrupt));
        assertEquals(List.of("code", "message"), fieldNames(corrupt.get("error")));
        assertEquals("CORRUPT", corrupt.get("error").get("code").asText());
        assertTrue(corrupt.get("error").get("message").asText().startsWith("Block 2 (line 2"));
        assertEquals(missing.toString(), array.get(3).get("source").asText());
        assertTrue(array.get(3).get("index").isNull());
        assertEquals("UNREADABLE", array.get(3).get("error").get("code").asText());
        assertEquals("EMPTY", array.get(4).get("error").get("code").asText());
        List<String> errLines = run.errLines();
        assertEquals(3, errLines.size(), run.err());
        assertTrue(errLines.get(0).startsWith("error: " + bundle + ": Block 2"), errLines.get(0));
        assertTrue(errLines.get(1).startsWith("error: " + missing + ": The file cannot be read"), errLines.get(1));
        assertTrue(errLines.get(2).startsWith("error: " + empty + ": The file is empty"), errLines.get(2));
    }

    @Test
    void printsErrorsOnlyOnStderrInTextMode() throws IOException {
        Path request = file("device.csr", TestCertificates.pemBlock("CERTIFICATE REQUEST",
            TestInputs.certificateRequest(TestCertificates.ecP256())));
        Run run = run("inspect", request.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size());
        assertTrue(run.err().startsWith("error: " + request + ": Block 1 (line 1) is a certificate signing request"));
    }

    @Test
    void neverPrintsPrivateKeyContent() throws IOException {
        byte[] key = TestInputs.pkcs8(TestCertificates.rsa2048());
        Path file = file("server.pem", TestCertificates.certificate().pem()
            + TestCertificates.pemBlock("PRIVATE KEY", key));
        for (String[] args : List.of(new String[] {"inspect", file.toString()},
                new String[] {"inspect", "--json", file.toString()})) {
            Run run = run(args);
            assertEquals(2, run.exitCode());
            assertTrue(run.err().contains("is a private key (PRIVATE KEY)"), run.err());
            TestInputs.assertNoKeyMaterial(key, run.out() + run.err());
        }
        Path der = Files.write(directory.resolve("server.key"), key);
        Run run = run("inspect", "--json", der.toString());
        assertEquals("PRIVATE_KEY", JSON.readTree(run.out()).get(0).get("error").get("code").asText());
        TestInputs.assertNoKeyMaterial(key, run.out() + run.err());
    }

    @Test
    void writesLargeResultsInFileOrder() throws IOException {
        StringBuilder bundle = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            bundle.append(TestCertificates.certificate().serial(BigInteger.valueOf(i + 1))
                .keyPair(TestCertificates.ecP256()).pem());
        }
        Path file = file("large.pem", bundle.toString());
        Run run = run("inspect", "--json", file.toString());
        JsonNode array = JSON.readTree(run.out());
        assertEquals(300, array.size());
        for (int i = 0; i < 300; i++) {
            assertEquals(i, array.get(i).get("index").asInt());
            assertEquals(CERTIFICATE_FIELDS, fieldNames(array.get(i)));
        }
        assertEquals(302, run.out().lines().count(), "one object per line between the brackets");
    }

    @Test
    void exitsOneWithoutFiles() {
        Run run = run("inspect");
        assertEquals(ConsoleCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("FILE"), run.err());
    }

    @Test
    void exitsOneOnAnUnknownOption() throws IOException {
        Path ca = file("ca.pem", TestCertificates.certificate().pem());
        Run run = run("inspect", "--yaml", ca.toString());
        assertEquals(ConsoleCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("--yaml"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void isACommandLineSubcommand() {
        assertTrue(ConsoleCommand.isCommandLine(new String[] {"inspect", "x.pem"}));
    }

    @Test
    void everySubcommandAndNoWindowOptionIsACommandLine() {
        for (String name : ConsoleCommand.newCommandLine(context -> null, CliContext.system())
            .getSubcommands().keySet()) {
            assertTrue(ConsoleCommand.isCommandLine(new String[] {name}), name);
        }
        assertTrue(ConsoleCommand.isCommandLine(new String[] {"--version"}));
        assertFalse(ConsoleCommand.isCommandLine(new String[] {"--smoke", "--data", "/tmp/x"}));
        assertFalse(ConsoleCommand.isCommandLine(new String[0]));
    }

    private static CertificateDetails details(byte[] der) {
        return new CertificateInspector().inspect(der, "test").certificates().get(0);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
