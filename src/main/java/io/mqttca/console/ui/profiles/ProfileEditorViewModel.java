package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ConnectionRegistry;
import io.mqttca.console.service.CredentialSource;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.service.SessionKey;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.UiContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The profile dialog: name, region or endpoint, and the credential source (environment, an aliyun CLI profile by
 * name, or a key typed in for this session only), with validation and a "Test connection" that makes one cheap call
 * (ListInstances) before saving. The typed key is held here and in the profiles pane's memory only.
 */
public final class ProfileEditorViewModel {

    /** How the last connection test ended. */
    public enum TestState {
        NOT_RUN,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /** The regions of ApsaraMQ for MQTT offered in the region box (any other id may be typed). */
    public static final List<String> REGIONS = List.of("cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-qingdao",
        "cn-zhangjiakou", "cn-huhehaote", "cn-wulanchabu", "cn-shenzhen", "cn-guangzhou", "cn-chengdu",
        "cn-hongkong", "ap-northeast-1", "ap-southeast-1", "ap-southeast-3", "ap-southeast-5", "ap-southeast-6",
        "eu-central-1", "us-west-1", "us-east-1", "me-central-1");

    private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z0-9]+)+");

    private final UiContext context;
    private final ConnectionRegistry connections;
    private final Set<String> takenNames;
    private final ConnectionProfile original;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty regionId = new SimpleStringProperty("cn-hangzhou");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final BooleanProperty embeddedSandbox = new SimpleBooleanProperty(false);
    private final ObjectProperty<CredentialSource> credentialSource =
        new SimpleObjectProperty<>(CredentialSource.ENVIRONMENT);
    private final StringProperty cliProfile = new SimpleStringProperty("");
    private final StringProperty accessKeyId = new SimpleStringProperty("");
    private final StringProperty accessKeySecret = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper("");
    private boolean edited;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<TestState> testState = new ReadOnlyObjectWrapper<>(TestState.NOT_RUN);
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper("");
    private long testGeneration;

    /**
     * An editor for a new profile ({@code original} null) or for {@code original}; {@code takenNames} are the names
     * of the other profiles; {@code sessionKey} is the key already typed for this profile, or null;
     * {@code connections} null means this build cannot test a connection.
     */
    public ProfileEditorViewModel(UiContext context, ConnectionRegistry connections, Set<String> takenNames,
                                  ConnectionProfile original, SessionKey sessionKey) {
        this.context = context;
        this.connections = connections;
        this.takenNames = Set.copyOf(takenNames);
        this.original = original;
        if (original != null) {
            name.set(original.name());
            regionId.set(original.regionId() == null ? "" : original.regionId());
            embeddedSandbox.set(original.usesEmbeddedSandbox());
            endpoint.set(original.endpoint() == null || original.usesEmbeddedSandbox() ? "" : original.endpoint());
            credentialSource.set(original.credentialSource() == null ? CredentialSource.ENVIRONMENT
                : original.credentialSource());
            cliProfile.set(original.cliProfile() == null ? "" : original.cliProfile());
        }
        if (sessionKey != null) {
            accessKeyId.set(sessionKey.accessKeyId());
            accessKeySecret.set(sessionKey.accessKeySecret());
        }
        List.of(name, regionId, endpoint, cliProfile, accessKeyId, accessKeySecret)
            .forEach(property -> property.addListener((observable, before, now) -> changed()));
        credentialSource.addListener((observable, before, now) -> changed());
        embeddedSandbox.addListener((observable, before, now) -> changed());
        validate();
    }

    public boolean isNew() {
        return original == null;
    }

    /** Tries the profile with one ListInstances call; a refused permission still proves the key works. */
    public void test() {
        if (!valid.get() || connections == null) {
            return;
        }
        ConnectionProfile profile = profile();
        SessionKey key = sessionKey();
        long generation = ++testGeneration;
        testState.set(TestState.RUNNING);
        testMessage.set(context.text("profiles.editor.test.running"));
        connections.tryConnection(profile, key).whenCompleteAsync((list, error) -> {
            if (generation != testGeneration) {
                return;
            }
            if (error == null) {
                testState.set(TestState.SUCCEEDED);
                testMessage.set(context.format("profiles.editor.test.succeeded", list.size()));
                return;
            }
            ServiceFailure failure = ErrorReport.failureOf(error, context);
            if (failure.isPermissionRefusal()) {
                testState.set(TestState.SUCCEEDED);
                testMessage.set(context.format("profiles.editor.test.noListPermission", failure.code()));
            } else {
                testState.set(TestState.FAILED);
                testMessage.set(failure.answeredByService()
                    ? context.format("profiles.editor.test.failed", context.explanation(failure),
                    failure.code() == null ? "-" : failure.code(),
                    failure.requestId() == null ? "-" : failure.requestId())
                    : context.format("profiles.editor.test.failedLocally", context.explanation(failure),
                        context.whatToDo(failure)));
            }
        }, context.ui());
    }

    /** The profile as entered (keeps the original's id and remembered instances). */
    public ConnectionProfile profile() {
        CredentialSource source = credentialSource.get();
        List<MqttInstance> instances = original == null ? List.of() : original.instances();
        String id = original == null ? UUID.randomUUID().toString() : original.id();
        boolean sandbox = embeddedSandbox.get();
        String region = sandbox || regionId.get() == null ? null : regionId.get().strip().toLowerCase(Locale.ROOT);
        return new ConnectionProfile(id, name.get(), ConnectionProfile.Kind.ALIBABA_CLOUD, region,
            sandbox ? ConnectionProfile.EMBEDDED_SANDBOX : endpoint.get(), source,
            source == CredentialSource.CLI_PROFILE ? cliProfile.get() : null, instances);
    }

    /** The key typed for this session, when that is the credential source. */
    public SessionKey sessionKey() {
        if (credentialSource.get() != CredentialSource.SESSION_KEY) {
            return null;
        }
        return new SessionKey(accessKeyId.get().strip(), accessKeySecret.get());
    }

    private void changed() {
        edited = true;
        testGeneration++;
        testState.set(TestState.NOT_RUN);
        testMessage.set("");
        validate();
    }

    /** Save follows the problems at once; the red text waits until the operator has changed something. */
    private void validate() {
        String problem = problem();
        validationMessage.set(edited || original != null ? problem : "");
        valid.set(problem.isEmpty());
    }

    private String problem() {
        String trimmedName = name.get() == null ? "" : name.get().strip();
        if (trimmedName.isEmpty()) {
            return context.text("profiles.editor.invalid.name");
        }
        if (takenNames.stream().anyMatch(taken -> taken.equalsIgnoreCase(trimmedName))) {
            return context.text("profiles.editor.invalid.nameTaken");
        }
        String region = regionId.get() == null ? "" : regionId.get().strip();
        String url = endpoint.get() == null ? "" : endpoint.get().strip();
        if (embeddedSandbox.get()) {
            return credentialsProblem();
        }
        if (region.isEmpty() && url.isEmpty()) {
            return context.text("profiles.editor.invalid.regionOrEndpoint");
        }
        if (!region.isEmpty() && !REGION.matcher(region.toLowerCase(Locale.ROOT)).matches()) {
            return context.text("profiles.editor.invalid.region");
        }
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://127.0.0.1")
            && !url.startsWith("http://localhost")) {
            return context.text("profiles.editor.invalid.endpoint");
        }
        return credentialsProblem();
    }

    private String credentialsProblem() {
        if (credentialSource.get() == CredentialSource.CLI_PROFILE
            && (cliProfile.get() == null || cliProfile.get().isBlank())) {
            return context.text("profiles.editor.invalid.cliProfile");
        }
        if (credentialSource.get() == CredentialSource.SESSION_KEY
            && (accessKeyId.get() == null || accessKeyId.get().isBlank() || accessKeySecret.get() == null
            || accessKeySecret.get().isEmpty())) {
            return context.text("profiles.editor.invalid.key");
        }
        return "";
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty regionIdProperty() {
        return regionId;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    /** True when the profile connects to the embedded sandbox by name (whatever port it has) instead of a URL. */
    public BooleanProperty embeddedSandboxProperty() {
        return embeddedSandbox;
    }

    public ObjectProperty<CredentialSource> credentialSourceProperty() {
        return credentialSource;
    }

    public StringProperty cliProfileProperty() {
        return cliProfile;
    }

    public StringProperty accessKeyIdProperty() {
        return accessKeyId;
    }

    public StringProperty accessKeySecretProperty() {
        return accessKeySecret;
    }

    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TestState> testStateProperty() {
        return testState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testMessageProperty() {
        return testMessage.getReadOnlyProperty();
    }

    public boolean canTest() {
        return connections != null;
    }
}
