package io.mqttca.console.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ConnectionRegistry;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.CredentialSource;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.service.ProfileConnector;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.profiles.ProfileEditorViewModel.TestState;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileEditorViewModelTest {

    private final UiContext context = TestContexts.context(new RecordingDialogService(), new RecordingClipboard());
    private final InMemoryCertificateService service = new InMemoryCertificateService("p", "https://e")
        .addInstance(MqttInstance.byId("post-cn-a")).addInstance(MqttInstance.byId("post-cn-b"));
    private final ProfileConnector connector = (profile, key) -> service;
    private final ConnectionRegistry connections = new ConnectionRegistry(connector, Runnable::run);

    private ProfileEditorViewModel editor() {
        ProfileEditorViewModel editor = new ProfileEditorViewModel(context, connections, Set.of("Production"),
            null, null);
        editor.nameProperty().set("Staging");
        return editor;
    }

    @Test
    void aNamedProfileWithARegionAndEnvironmentCredentialsIsValid() {
        ProfileEditorViewModel editor = editor();
        assertTrue(editor.validProperty().get());
        ConnectionProfile profile = editor.profile();
        assertEquals("https://onsmqtt.cn-hangzhou.aliyuncs.com", profile.effectiveEndpoint());
        assertEquals(CredentialSource.ENVIRONMENT, profile.credentialSource());
        assertNull(editor.sessionKey());
    }

    @Test
    void aNewProfileShowsNoProblemBeforeAnythingIsTypedButCannotBeSaved() {
        ProfileEditorViewModel fresh = new ProfileEditorViewModel(context, connections, Set.of(), null, null);

        assertEquals("", fresh.validationMessageProperty().get());
        assertFalse(fresh.validProperty().get());
        fresh.nameProperty().set("x");
        fresh.nameProperty().set("");
        assertEquals("Give the profile a name.", fresh.validationMessageProperty().get());
    }

    @Test
    void validationExplainsWhatIsMissing() {
        ProfileEditorViewModel editor = editor();
        editor.nameProperty().set("production");
        assertEquals("Another profile already has this name.", editor.validationMessageProperty().get());
        editor.nameProperty().set("Staging");
        editor.regionIdProperty().set("");
        assertFalse(editor.validProperty().get());
        editor.endpointProperty().set("http://example.com");
        assertTrue(editor.validationMessageProperty().get().contains("https://"));
        editor.endpointProperty().set("http://127.0.0.1:18080");
        assertTrue(editor.validProperty().get());
        editor.credentialSourceProperty().set(CredentialSource.CLI_PROFILE);
        assertEquals("Enter the name of the aliyun CLI profile.", editor.validationMessageProperty().get());
        editor.cliProfileProperty().set("ops");
        assertTrue(editor.validProperty().get());
        editor.credentialSourceProperty().set(CredentialSource.SESSION_KEY);
        assertFalse(editor.validProperty().get());
        editor.accessKeyIdProperty().set("id");
        editor.accessKeySecretProperty().set("secret");
        assertTrue(editor.validProperty().get());
        assertEquals("secret", editor.sessionKey().accessKeySecret());
        assertNull(editor.profile().cliProfile(), "only the chosen source's details are kept");
    }

    @Test
    void testingCountsTheVisibleInstances() {
        ProfileEditorViewModel editor = editor();
        editor.test();
        assertEquals(TestState.SUCCEEDED, editor.testStateProperty().get());
        assertEquals("Connected: 2 instances visible.", editor.testMessageProperty().get());
    }

    @Test
    void aRefusedListInstancesStillProvesTheKey() {
        service.failListInstances("PermissionCheckFailed", "REQ-1");
        ProfileEditorViewModel editor = editor();
        editor.test();
        assertEquals(TestState.SUCCEEDED, editor.testStateProperty().get());
        assertTrue(editor.testMessageProperty().get().contains("may not list instances"));
    }

    @Test
    void aFailedTestShowsCodeAndRequestIdAndAnEditClearsIt() {
        service.failListInstances("InvalidAccessKeyId.NotFound", "REQ-2");
        ProfileEditorViewModel editor = editor();
        editor.test();
        assertEquals(TestState.FAILED, editor.testStateProperty().get());
        assertTrue(editor.testMessageProperty().get().contains("InvalidAccessKeyId.NotFound"));
        assertTrue(editor.testMessageProperty().get().contains("REQ-2"));

        editor.regionIdProperty().set("cn-shanghai");
        assertEquals(TestState.NOT_RUN, editor.testStateProperty().get());
    }

    @Test
    void aTestThatFailsBeforeReachingTheServiceSaysWhatToDoWithoutTheConsolesOwnCode() {
        ProfileConnector noCredentials = (profile, key) -> {
            throw new ServiceException(ServiceFailure.local(FailureKind.CREDENTIALS, "Credentials.FILE_MISSING",
                "No credentials were found.", "Set ALIBABA_CLOUD_ACCESS_KEY_ID and its secret."), null);
        };
        ProfileEditorViewModel editor = new ProfileEditorViewModel(context,
            new ConnectionRegistry(noCredentials, Runnable::run), Set.of(), null, null);
        editor.nameProperty().set("Staging");
        editor.test();

        assertEquals(TestState.FAILED, editor.testStateProperty().get());
        assertEquals("No credentials were found. Set ALIBABA_CLOUD_ACCESS_KEY_ID and its secret.",
            editor.testMessageProperty().get());
    }
}
