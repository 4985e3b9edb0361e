package io.mqttca.console.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqttca.console.text.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds an AccessKey the way the Alibaba Cloud tools do, limited to static keys: first the environment
 * ({@code ALIBABA_CLOUD_ACCESS_KEY_ID} + {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}, plus
 * {@code ALIBABA_CLOUD_SECURITY_TOKEN} for STS), then the aliyun CLI's {@code ~/.aliyun/config.json} (the profile
 * named by {@code ALIBABA_CLOUD_PROFILE}, else the file's {@code current}; modes AK and StsToken). The environment
 * and the home directory are injected so tests can use their own. Secrets are read into {@link Credentials} and
 * never into a message.
 */
public final class CredentialsResolver {

    public static final String ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    public static final String ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    public static final String ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";
    public static final String ENV_PROFILE = "ALIBABA_CLOUD_PROFILE";
    public static final String ENV_CLI_PROFILE_DISABLED = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> environment;
    private final Path homeDirectory;

    public CredentialsResolver(Map<String, String> environment, Path homeDirectory) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.homeDirectory = Objects.requireNonNull(homeDirectory, "homeDirectory");
    }

    /** A resolver over this process's environment and the user's home directory. */
    public static CredentialsResolver system() {
        return new CredentialsResolver(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * A key typed in by the operator for this session only; it is kept in memory and nowhere else.
     *
     * @throws IllegalArgumentException when the ID or the secret is empty
     */
    public static Credentials enteredForSession(String accessKeyId, String accessKeySecret, String securityToken) {
        return new Credentials(strip(accessKeyId), strip(accessKeySecret), securityToken == null ? null
            : securityToken.strip(), "entered for this session");
    }

    /** The aliyun CLI config file this resolver reads. */
    public Path cliConfigFile() {
        return homeDirectory.resolve(".aliyun").resolve("config.json");
    }

    /** The default chain: environment variables, then the CLI profile (ALIBABA_CLOUD_PROFILE or current). */
    public Credentials resolve() {
        Credentials fromEnvironment = fromEnvironment();
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Text environment = say("tried.environment", ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET);
        Path file = cliConfigFile();
        Text profileFile;
        if ("true".equalsIgnoreCase(value(ENV_CLI_PROFILE_DISABLED))) {
            profileFile = say("tried.fileSkipped", file.toString(), ENV_CLI_PROFILE_DISABLED);
        } else if (!Files.isRegularFile(file)) {
            profileFile = say("tried.fileNotFound", file.toString());
        } else {
            return fromCliProfile(null);
        }
        throw new CredentialsException(CredentialsException.Problem.NOT_FOUND,
            say("notFound", environment, profileFile));
    }

    /**
     * A profile from the aliyun CLI config file: the named one, or when {@code profileName} is {@code null} the one
     * named by ALIBABA_CLOUD_PROFILE, else the file's {@code current}.
     */
    public Credentials fromCliProfile(String profileName) {
        Path file = cliConfigFile();
        JsonNode root = readConfig(file);
        String wanted = profileName != null && !profileName.isBlank() ? profileName : value(ENV_PROFILE);
        Text chosenBy = profileName != null && !profileName.isBlank() ? say("chosenBy.request")
            : wanted != null ? say("chosenBy.environment", ENV_PROFILE) : say("chosenBy.current");
        if (wanted == null) {
            wanted = text(root, "current");
        }
        JsonNode profiles = root.get("profiles");
        if (profiles == null || !profiles.isArray()) {
            throw new CredentialsException(CredentialsException.Problem.FILE_MALFORMED,
                say("noProfiles", file.toString()));
        }
        List<String> names = new ArrayList<>();
        for (JsonNode profile : profiles) {
            String name = text(profile, "name");
            names.add(name == null ? "(unnamed)" : name);
            if (name != null && name.equals(wanted)) {
                return fromProfile(file, name, profile);
            }
        }
        if (wanted == null) {
            throw new CredentialsException(CredentialsException.Problem.PROFILE_MISSING,
                say("noCurrentProfile", file.toString(), String.join(", ", names), ENV_PROFILE));
        }
        throw new CredentialsException(CredentialsException.Problem.PROFILE_MISSING,
            say("profileMissing", wanted, chosenBy, file.toString(),
                names.isEmpty() ? say("profiles.none") : String.join(", ", names)));
    }

    private Credentials fromEnvironment() {
        String id = value(ENV_ACCESS_KEY_ID);
        String secret = value(ENV_ACCESS_KEY_SECRET);
        if (id == null && secret == null) {
            return null;
        }
        if (id == null || secret == null) {
            String missing = id == null ? ENV_ACCESS_KEY_ID : ENV_ACCESS_KEY_SECRET;
            String present = id == null ? ENV_ACCESS_KEY_SECRET : ENV_ACCESS_KEY_ID;
            throw new CredentialsException(CredentialsException.Problem.INCOMPLETE_ENVIRONMENT,
                say("incompleteEnvironment", present, missing));
        }
        String token = value(ENV_SECURITY_TOKEN);
        return new Credentials(id, secret, token, token == null ? "environment variables"
            : "environment variables (STS)");
    }

    private static JsonNode readConfig(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CredentialsException(CredentialsException.Problem.FILE_MISSING,
                say("fileMissing", file.toString()));
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            if (root == null || !root.isObject()) {
                throw new CredentialsException(CredentialsException.Problem.FILE_MALFORMED,
                    say("notProfileFile", file.toString()));
            }
            return root;
        } catch (JsonProcessingException e) {
            // The parser's own message may quote the text near the error, which can be a secret: use the position.
            var location = e.getLocation();
            Object where = location == null ? "" : say("invalidJson.where", String.valueOf(location.getLineNr()),
                String.valueOf(location.getColumnNr()));
            throw new CredentialsException(CredentialsException.Problem.FILE_MALFORMED,
                say("invalidJson", file.toString(), where));
        } catch (IOException e) {
            // The exception's class is no words for an operator; the permissions are the usual reason.
            throw new CredentialsException(CredentialsException.Problem.FILE_MALFORMED,
                say("unreadable", file.toString()));
        }
    }

    private static Credentials fromProfile(Path file, String name, JsonNode profile) {
        String mode = text(profile, "mode");
        String source = "aliyun CLI profile '" + name + "'";
        if (mode == null) {
            throw new CredentialsException(CredentialsException.Problem.PROFILE_INCOMPLETE,
                say("noMode", name, file.toString()));
        }
        boolean sts = mode.equalsIgnoreCase("StsToken");
        if (!sts && !mode.equalsIgnoreCase("AK")) {
            throw new CredentialsException(CredentialsException.Problem.UNSUPPORTED_MODE,
                say("unsupportedMode", name, mode));
        }
        String id = text(profile, "access_key_id");
        String secret = text(profile, "access_key_secret");
        String token = text(profile, "sts_token");
        List<String> missing = new ArrayList<>();
        if (id == null) {
            missing.add("access_key_id");
        }
        if (secret == null) {
            missing.add("access_key_secret");
        }
        if (sts && token == null) {
            missing.add("sts_token");
        }
        if (!missing.isEmpty()) {
            throw new CredentialsException(CredentialsException.Problem.PROFILE_INCOMPLETE,
                say("profileIncomplete", name, mode, file.toString(), String.join(", ", missing)));
        }
        return new Credentials(id, secret, sts ? token : null, sts ? source + " (STS)" : source);
    }

    /** A text {@code credentials.<key>} of the cloud bundle. */
    private static Text say(String key, Object... args) {
        return Text.of(Text.CLOUD, "credentials." + key, args);
    }

    private String value(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
