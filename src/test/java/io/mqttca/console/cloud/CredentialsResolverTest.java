package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where keys come from: environment, then the aliyun CLI profile file; and what is said when none fits. */
class CredentialsResolverTest {

    private static final String SECRET = "cli-secret-Zq81";
    private static final String TOKEN = "cli-sts-token-Yx55";
    private static final String CONFIG = "{\"current\":\"main\",\"meta_path\":\"\",\"profiles\":["
        + "{\"name\":\"main\",\"mode\":\"AK\",\"access_key_id\":\"LTAI-main\",\"access_key_secret\":\"" + SECRET
        + "\",\"sts_token\":\"\",\"region_id\":\"cn-hangzhou\",\"output_format\":\"json\",\"language\":\"en\"},"
        + "{\"name\":\"temp\",\"mode\":\"StsToken\",\"access_key_id\":\"STS.temp\",\"access_key_secret\":\"" + SECRET
        + "\",\"sts_token\":\"" + TOKEN + "\",\"region_id\":\"cn-shanghai\"},"
        + "{\"name\":\"lower\",\"mode\":\"ak\",\"access_key_id\":\"LTAI-lower\",\"access_key_secret\":\"" + SECRET
        + "\"},"
        + "{\"name\":\"role\",\"mode\":\"RamRoleArn\",\"access_key_id\":\"LTAI-role\",\"access_key_secret\":\""
        + SECRET + "\",\"ram_role_arn\":\"acs:ram::1:role/x\"},"
        + "{\"name\":\"half\",\"mode\":\"StsToken\",\"access_key_id\":\"STS.half\",\"access_key_secret\":\"" + SECRET
        + "\"}]}";

    @TempDir
    Path home;

    private CredentialsResolver resolver(Map<String, String> environment) {
        return new CredentialsResolver(environment, home);
    }

    private void writeConfig(String json) throws IOException {
        Path dir = Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(dir.resolve("config.json"), json);
    }

    private static void assertNoSecrets(String text) {
        assertFalse(text.contains(SECRET) || text.contains(TOKEN), text);
    }

    @Test
    void takesALongTermKeyFromTheEnvironmentFirst() throws IOException {
        writeConfig(CONFIG);
        Credentials key = resolver(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env",
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")).resolve();
        assertEquals("LTAI-env", key.accessKeyId());
        assertEquals("env-secret", key.accessKeySecret());
        assertFalse(key.isSts());
        assertEquals("environment variables", key.source());
    }

    @Test
    void takesAnStsKeyFromTheEnvironmentWhenATokenIsSet() {
        Credentials key = resolver(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.env",
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret", "ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)).resolve();
        assertTrue(key.isSts());
        assertEquals(TOKEN, key.securityToken());
        assertNoSecrets(key.toString());
    }

    @Test
    void refusesHalfAnEnvironmentKey() {
        CredentialsException e = assertThrows(CredentialsException.class,
            () -> resolver(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env")).resolve());
        assertEquals(CredentialsException.Problem.INCOMPLETE_ENVIRONMENT, e.problem());
        assertTrue(e.getMessage().contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not"), e.getMessage());
    }

    @Test
    void usesTheFilesCurrentProfileWhenNothingElseNamesOne() throws IOException {
        writeConfig(CONFIG);
        Credentials key = resolver(Map.of()).resolve();
        assertEquals("LTAI-main", key.accessKeyId());
        assertEquals(SECRET, key.accessKeySecret());
        assertNull(key.securityToken(), "an empty sts_token in an AK profile means none");
        assertEquals("aliyun CLI profile 'main'", key.source());
    }

    @Test
    void usesTheProfileNamedByTheEnvironment() throws IOException {
        writeConfig(CONFIG);
        Credentials key = resolver(Map.of("ALIBABA_CLOUD_PROFILE", "temp")).resolve();
        assertEquals("STS.temp", key.accessKeyId());
        assertEquals(TOKEN, key.securityToken());
        assertNoSecrets(key.toString());
    }

    @Test
    void usesANamedProfileOverTheEnvironmentsChoice() throws IOException {
        writeConfig(CONFIG);
        Credentials key = resolver(Map.of("ALIBABA_CLOUD_PROFILE", "temp")).fromCliProfile("lower");
        assertEquals("LTAI-lower", key.accessKeyId(), "mode names match regardless of case");
    }

    @Test
    void refusesAnUnsupportedModeNamingTheAlternatives() throws IOException {
        writeConfig(CONFIG);
        CredentialsException e = assertThrows(CredentialsException.class,
            () -> resolver(Map.of()).fromCliProfile("role"));
        assertEquals(CredentialsException.Problem.UNSUPPORTED_MODE, e.problem());
        assertEquals("The profile 'role' uses mode RamRoleArn, which is not supported; use AK or StsToken or "
            + "environment variables.", e.getMessage());
    }

    @Test
    void refusesAnStsProfileWithoutItsToken() throws IOException {
        writeConfig(CONFIG);
        CredentialsException e = assertThrows(CredentialsException.class,
            () -> resolver(Map.of()).fromCliProfile("half"));
        assertEquals(CredentialsException.Problem.PROFILE_INCOMPLETE, e.problem());
        assertTrue(e.getMessage().contains("sts_token"), e.getMessage());
        assertNoSecrets(e.getMessage());
    }

    @Test
    void namesTheAvailableProfilesWhenTheWantedOneIsMissing() throws IOException {
        writeConfig(CONFIG);
        CredentialsException e = assertThrows(CredentialsException.class,
            () -> resolver(Map.of("ALIBABA_CLOUD_PROFILE", "prod")).resolve());
        assertEquals(CredentialsException.Problem.PROFILE_MISSING, e.problem());
        assertTrue(e.getMessage().contains("'prod'") && e.getMessage().contains("ALIBABA_CLOUD_PROFILE")
            && e.getMessage().contains("main, temp, lower, role, half"), e.getMessage());
    }

    @Test
    void reportsMalformedJsonByPositionWithoutQuotingTheFile() throws IOException {
        writeConfig("{\"current\":\"main\",\"profiles\":[{\"name\":\"main\",\"mode\":\"AK\",\"access_key_id\":"
            + "\"LTAI\",\"access_key_secret\":" + SECRET + "}]}");
        CredentialsException e = assertThrows(CredentialsException.class, () -> resolver(Map.of()).resolve());
        assertEquals(CredentialsException.Problem.FILE_MALFORMED, e.problem());
        assertTrue(e.getMessage().contains("is not valid JSON at line 1"), e.getMessage());
        assertNoSecrets(e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void reportsAFileWithoutProfilesAsMalformed() throws IOException {
        writeConfig("{\"current\":\"main\"}");
        CredentialsException e = assertThrows(CredentialsException.class, () -> resolver(Map.of()).resolve());
        assertEquals(CredentialsException.Problem.FILE_MALFORMED, e.problem());
    }

    @Test
    void listsWhatWasTriedWhenNothingIsFound() {
        CredentialsException e = assertThrows(CredentialsException.class, () -> resolver(Map.of()).resolve());
        assertEquals(CredentialsException.Problem.NOT_FOUND, e.problem());
        assertTrue(e.getMessage().contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), e.getMessage());
        assertTrue(e.getMessage().contains(home.resolve(".aliyun").resolve("config.json") + " (not found)"),
            e.getMessage());
        assertFalse(e.getMessage().contains("for this session"),
            "what to do depends on the window or the command line, and is said there: " + e.getMessage());
    }

    @Test
    void skipsTheProfileFileWhenTheCliProfileIsDisabled() throws IOException {
        writeConfig(CONFIG);
        CredentialsException e = assertThrows(CredentialsException.class,
            () -> resolver(Map.of("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true")).resolve());
        assertTrue(e.getMessage().contains("skipped"), e.getMessage());
    }

    @Test
    void reportsAMissingFileWhenAProfileIsAskedForByName() {
        CredentialsException e = assertThrows(CredentialsException.class,
            () -> resolver(Map.of()).fromCliProfile("main"));
        assertEquals(CredentialsException.Problem.FILE_MISSING, e.problem());
    }

    @Test
    void takesAKeyEnteredForTheSessionWithoutShowingIt() {
        Credentials key = CredentialsResolver.enteredForSession(" LTAI-typed ", SECRET + "\n", null);
        assertEquals("LTAI-typed", key.accessKeyId());
        assertEquals(SECRET, key.accessKeySecret());
        assertEquals("entered for this session", key.source());
        assertNoSecrets(key.toString());
        assertThrows(IllegalArgumentException.class, () -> CredentialsResolver.enteredForSession("id", null, null));
    }
}
