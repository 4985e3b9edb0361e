package io.mqttca.console.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ConnectionRegistry;
import io.mqttca.console.service.CredentialSource;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.service.ProfileConnector;
import io.mqttca.console.service.ProfileStore;
import io.mqttca.console.service.SessionKey;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.UiContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Map<String, InMemoryCertificateService> services = new HashMap<>();
    private final List<SessionKey> keysSeen = new ArrayList<>();
    private UiContext context;
    private ProfileStore store;
    private Consumer<ProfileEditorViewModel> editing = editor -> { };

    @BeforeEach
    void setUp() {
        context = TestContexts.context(dialogs, new RecordingClipboard());
        store = new ProfileStore(dir.resolve("profiles.json"));
        services.put(ConnectionProfile.SANDBOX_ID, InMemoryCertificateService.sample(TestContexts.CLOCK));
    }

    private final ProfileConnector connector = (profile, key) -> {
        keysSeen.add(key);
        return services.computeIfAbsent(profile.id(), id -> new InMemoryCertificateService(profile.name(),
            profile.effectiveEndpoint()));
    };

    private ProfilesViewModel viewModel(ProfileConnector withConnector) {
        dialogs.answeringCustom(dialog -> {
            editing.accept(((ProfileEditorDialog) dialog).editor());
            return Optional.of(true);
        });
        return new ProfilesViewModel(context, store,
            withConnector == null ? null : new ConnectionRegistry(withConnector, Runnable::run));
    }

    private static ConnectionProfile cloud(String id, String name, MqttInstance... remembered) {
        return new ConnectionProfile(id, name, ConnectionProfile.Kind.ALIBABA_CLOUD, "cn-shanghai", null,
            CredentialSource.ENVIRONMENT, null, List.of(remembered));
    }

    @Test
    void theSandboxComesFirstAndItsFirstInstanceBecomesTheTarget() {
        store.save(List.of(cloud("c1", "Production")));
        ProfilesViewModel viewModel = viewModel(connector);
        viewModel.load(null, null);

        assertEquals(List.of("Local sandbox", "Production"),
            viewModel.profiles().stream().map(viewModel::displayName).toList());
        assertTrue(viewModel.selectedProfileProperty().get().isSandbox());
        assertEquals(ConnectionState.CONNECTED, viewModel.stateProperty().get());
        assertEquals(InMemoryCertificateService.INSTANCE_ID, viewModel.targetProperty().get().instanceId());
        assertEquals("Local sandbox", context.status().profileProperty().get());
        assertEquals("http://127.0.0.1:18080", context.status().endpointProperty().get());
    }

    @Test
    void theRememberedProfileAndInstanceAreSelectedAgain() {
        store.save(List.of(cloud("c1", "Production", MqttInstance.byId("post-cn-remembered"))));
        ProfilesViewModel viewModel = viewModel(connector);
        viewModel.load("c1", "post-cn-remembered");

        assertEquals("c1", viewModel.selectedProfileProperty().get().id());
        assertEquals("post-cn-remembered", viewModel.targetProperty().get().instanceId());
    }

    @Test
    void withoutAConnectorThePaneSaysNotConnectedAndPublishesNoTarget() {
        ProfilesViewModel viewModel = viewModel(null);
        viewModel.load(null, null);

        assertEquals(ConnectionState.NOT_AVAILABLE, viewModel.stateProperty().get());
        assertTrue(viewModel.stateMessageProperty().get().startsWith("Not connected"));
        assertNull(viewModel.targetProperty().get());
        assertEquals("not connected", context.status().endpointProperty().get());
    }

    @Test
    void refusedListInstancesStillOffersTheInstancesAddedById() {
        store.save(List.of(cloud("c1", "Production", MqttInstance.byId("post-cn-known"))));
        InMemoryCertificateService refusing = new InMemoryCertificateService("Production", "https://x");
        refusing.failListInstances("PermissionCheckFailed", "REQ-9");
        services.put("c1", refusing);
        ProfilesViewModel viewModel = viewModel(connector);
        viewModel.load("c1", null);

        assertEquals(ConnectionState.CONNECTED, viewModel.stateProperty().get());
        assertTrue(viewModel.instancesNoteProperty().get().contains("PermissionCheckFailed"));
        assertEquals(List.of("post-cn-known"),
            viewModel.instances().stream().map(MqttInstance::instanceId).toList());
    }

    @Test
    void anInstanceAddedByIdIsRememberedInTheProfileFile() throws Exception {
        store.save(List.of(cloud("c1", "Production")));
        ProfilesViewModel viewModel = viewModel(connector);
        viewModel.load("c1", null);

        assertFalse(viewModel.addInstance("x"));
        assertFalse(viewModel.addInstanceProblemProperty().get().isEmpty());
        assertTrue(viewModel.addInstance("post-cn-added01"));

        assertEquals("post-cn-added01", viewModel.targetProperty().get().instanceId());
        assertEquals(List.of("post-cn-added01"), new ProfileStore(dir.resolve("profiles.json")).load("S").get(1)
            .instances().stream().map(MqttInstance::instanceId).toList());
        assertTrue(Files.readString(dir.resolve("profiles.json")).contains("post-cn-added01"));
    }

    @Test
    void aNewProfileWithASessionKeyIsSavedWithoutTheSecretAndConnectsWithIt() throws Exception {
        editing = editor -> {
            editor.nameProperty().set("Staging");
            editor.regionIdProperty().set("cn-beijing");
            editor.credentialSourceProperty().set(CredentialSource.SESSION_KEY);
            editor.accessKeyIdProperty().set("LTAI-test-id");
            editor.accessKeySecretProperty().set("very-secret-value");
        };
        ProfilesViewModel viewModel = viewModel(connector);
        viewModel.load(null, null);
        viewModel.newProfile();

        assertEquals("Staging", viewModel.selectedProfileProperty().get().name());
        assertEquals("very-secret-value", keysSeen.get(keysSeen.size() - 1).accessKeySecret());
        String file = Files.readString(dir.resolve("profiles.json"));
        assertTrue(file.contains("Staging"));
        assertTrue(file.contains("SESSION_KEY"));
        assertFalse(file.contains("very-secret-value"));
        assertFalse(file.contains("LTAI-test-id"));
    }

    @Test
    void aSessionKeyProfileAfterARestartAsksForItsKey() {
        store.save(List.of(new ConnectionProfile("c2", "Typed", ConnectionProfile.Kind.ALIBABA_CLOUD, "cn-beijing",
            null, CredentialSource.SESSION_KEY, null, List.of())));
        ProfilesViewModel viewModel = viewModel(connector);
        viewModel.load("c2", null);

        assertEquals(ConnectionState.NEEDS_KEY, viewModel.stateProperty().get());
        assertNull(viewModel.targetProperty().get());
    }

    @Test
    void theSandboxCannotBeEditedOrRemoved() {
        ProfilesViewModel viewModel = viewModel(connector);
        viewModel.load(null, null);

        assertFalse(viewModel.canEditProperty().get());
        viewModel.removeSelectedProfile();
        assertEquals(1, viewModel.profiles().size());
    }

    @Test
    void removingAProfileAsksFirstAndForgetsIt() {
        store.save(List.of(cloud("c1", "Production")));
        ProfilesViewModel viewModel = viewModel(connector);
        viewModel.load("c1", null);
        viewModel.removeSelectedProfile();

        assertTrue(dialogs.lastConfirmation().header().contains("Production"));
        assertEquals(1, store.load("S").size());
        assertTrue(viewModel.selectedProfileProperty().get().isSandbox());
    }

    @Test
    void cancellingTheEditorAddsNoProfile() {
        ProfilesViewModel viewModel = viewModel(connector);
        dialogs.answeringCustom(dialog -> Optional.empty());
        viewModel.load(null, null);
        viewModel.newProfile();

        assertEquals("New connection profile", dialogs.lastCustom(ProfileEditorDialog.class).title().getValue());
        assertEquals(1, viewModel.profiles().size());
        assertFalse(Files.exists(dir.resolve("profiles.json")));
    }

    @Test
    void theLastChangeWinsOnDiskWhenTheBackgroundRunsTheSavesInReverse() {
        store.save(List.of(cloud("c1", "Production")));
        List<Runnable> background = new ArrayList<>();
        context = new UiContext(context.bundle(), Runnable::run, background::add, dialogs, new RecordingClipboard(),
            new StatusModel(), TestContexts.CLOCK);
        ProfilesViewModel viewModel = viewModel(connector);
        viewModel.load("c1", null);
        background.remove(0).run();
        viewModel.addInstance("post-cn-first");
        viewModel.addInstance("post-cn-second");

        assertEquals(2, background.size());
        background.get(1).run();
        background.get(0).run();

        assertEquals(List.of("post-cn-first", "post-cn-second"), store.load("S").get(1).instances().stream()
            .map(MqttInstance::instanceId).toList());
    }
}
