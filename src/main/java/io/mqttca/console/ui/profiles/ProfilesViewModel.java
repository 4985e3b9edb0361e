package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.CredentialSource;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.service.ProfileConnector;
import io.mqttca.console.service.ProfileStore;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.service.SessionKey;
import io.mqttca.console.ui.common.Confirmation;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection profiles ("Local sandbox" first) and the instances of the selected one: connecting off the UI
 * thread, listing instances where ListInstances is allowed and otherwise the ones added by id (remembered in the
 * profile), creating, editing and removing profiles, and publishing the selected instance with its service as the
 * window's target. Services are kept per profile for the session and closed on {@link #close()}.
 */
public final class ProfilesViewModel implements AutoCloseable {

    /** Where the connection of the selected profile stands. */
    public enum ConnectionState {
        NONE,
        NOT_AVAILABLE,
        NEEDS_KEY,
        CONNECTING,
        CONNECTED,
        FAILED
    }

    private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,127}");

    private final UiContext context;
    private final ProfileStore store;
    private final ProfileConnector connector;
    private final ProfileEditorPresenter editorPresenter;
    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionProfile> selectedProfile = new SimpleObjectProperty<>();
    private final ObservableList<MqttInstance> instances = FXCollections.observableArrayList();
    private final ObjectProperty<MqttInstance> selectedInstance = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<InstanceTarget> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.NONE);
    private final ReadOnlyStringWrapper stateMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper instancesNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper addInstanceProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper(false);
    private final Map<String, CertificateService> services = new HashMap<>();
    private final Map<String, SessionKey> sessionKeys = new HashMap<>();
    private String instanceToSelect;
    private long connectGeneration;
    private boolean suppressConnect;

    /** {@code connector} null means this build has no service: the pane says "not connected". */
    public ProfilesViewModel(UiContext context, ProfileStore store, ProfileConnector connector,
                             ProfileEditorPresenter editorPresenter) {
        this.context = context;
        this.store = store;
        this.connector = connector;
        this.editorPresenter = editorPresenter;
        selectedProfile.addListener((observable, before, now) -> {
            canEdit.set(now != null && !now.isSandbox());
            if (!suppressConnect) {
                connect(now);
            }
        });
        selectedInstance.addListener((observable, before, now) -> publishTarget());
    }

    /** Reads the profiles in the background, then selects the remembered profile and instance (or the sandbox). */
    public void load(String profileId, String instanceId) {
        String sandboxName = context.text("profiles.sandbox.name");
        context.status().beginWork();
        CompletableFuture.supplyAsync(() -> store.load(sandboxName), context.background())
            .whenCompleteAsync((loaded, error) -> {
                context.status().endWork();
                profiles.setAll(error == null ? loaded : List.of(ConnectionProfile.sandbox(sandboxName)));
                instanceToSelect = instanceId;
                selectedProfile.set(profiles.stream().filter(profile -> profile.id().equals(profileId)).findFirst()
                    .orElse(profiles.get(0)));
            }, context.ui());
    }

    /** Connects again to the selected profile (after a failure, or to re-read its instances). */
    public void reconnect() {
        ConnectionProfile profile = selectedProfile.get();
        if (profile != null) {
            instanceToSelect = selectedInstance.get() == null ? null : selectedInstance.get().instanceId();
            closeService(profile.id());
            connect(profile);
        }
    }

    /** Opens the editor for a new cloud profile; saves and selects it when confirmed. */
    public void newProfile() {
        ProfileEditorViewModel editor = new ProfileEditorViewModel(context, connector, names(null), null, null);
        if (editorPresenter.edit(editor) && editor.validProperty().get()) {
            ConnectionProfile profile = editor.profile();
            remember(profile.id(), editor.sessionKey());
            profiles.add(profile);
            save();
            selectedProfile.set(profile);
        }
    }

    /** Opens the editor for the selected cloud profile; saves it and reconnects when confirmed. */
    public void editSelectedProfile() {
        ConnectionProfile profile = selectedProfile.get();
        if (profile == null) {
            return;
        }
        if (profile.isSandbox()) {
            context.dialogs().notify(context.text("profiles.sandbox.name"), context.text("profiles.sandbox.fixed"));
            return;
        }
        ProfileEditorViewModel editor = new ProfileEditorViewModel(context, connector, names(profile), profile,
            sessionKeys.get(profile.id()));
        if (editorPresenter.edit(editor) && editor.validProperty().get()) {
            ConnectionProfile edited = editor.profile();
            remember(edited.id(), editor.sessionKey());
            closeService(edited.id());
            profiles.set(profiles.indexOf(profile), edited);
            save();
            selectedProfile.set(null);
            selectedProfile.set(edited);
        }
    }

    /** Removes the selected cloud profile after confirmation (the sandbox stays). */
    public void removeSelectedProfile() {
        ConnectionProfile profile = selectedProfile.get();
        if (profile == null || profile.isSandbox()) {
            return;
        }
        Confirmation confirmation = new Confirmation(context.text("profiles.remove.title"),
            context.format("profiles.remove.header", profile.name()), context.text("profiles.remove.message"),
            context.text("profiles.remove.button"), true);
        if (context.dialogs().confirm(confirmation)) {
            closeService(profile.id());
            sessionKeys.remove(profile.id());
            profiles.remove(profile);
            save();
            selectedProfile.set(profiles.get(0));
        }
    }

    /** Adds an instance by id to the selected profile (remembered in it) and selects it; false when refused. */
    public boolean addInstance(String instanceId) {
        ConnectionProfile profile = selectedProfile.get();
        String id = instanceId == null ? "" : instanceId.strip();
        if (profile == null) {
            return false;
        }
        if (!INSTANCE_ID.matcher(id).matches()) {
            addInstanceProblem.set(context.text("profiles.instances.add.invalid"));
            return false;
        }
        addInstanceProblem.set("");
        MqttInstance existing = instances.stream().filter(instance -> instance.instanceId().equals(id))
            .findFirst().orElse(null);
        if (existing != null) {
            selectedInstance.set(existing);
            return true;
        }
        MqttInstance added = MqttInstance.byId(id);
        if (!profile.isSandbox()) {
            ConnectionProfile updated = profile.withInstance(added);
            replaceSilently(profile, updated);
            save();
        }
        instances.add(added);
        selectedInstance.set(added);
        return true;
    }

    /** Forgets an instance that was added by id to the selected profile. */
    public void removeSelectedInstance() {
        ConnectionProfile profile = selectedProfile.get();
        MqttInstance instance = selectedInstance.get();
        if (profile == null || instance == null || profile.isSandbox()
            || profile.instances().stream().noneMatch(known -> known.instanceId().equals(instance.instanceId()))) {
            return;
        }
        replaceSilently(profile, profile.withoutInstance(instance.instanceId()));
        save();
        instances.remove(instance);
        selectedInstance.set(instances.isEmpty() ? null : instances.get(0));
    }

    /** The name shown for a profile. */
    public String displayName(ConnectionProfile profile) {
        return profile.isSandbox() ? context.text("profiles.sandbox.name") : profile.name();
    }

    /** A second line for a profile: where it connects and with which credentials. */
    public String describe(ConnectionProfile profile) {
        if (profile.isSandbox()) {
            return context.text("profiles.sandbox.description");
        }
        String where = profile.endpoint() != null ? profile.endpoint() : profile.regionId();
        CredentialSource source = profile.credentialSource() == null ? CredentialSource.ENVIRONMENT
            : profile.credentialSource();
        switch (source) {
            case CLI_PROFILE:
                return context.format("profiles.describe.cli", where, profile.cliProfile());
            case SESSION_KEY:
                return context.format("profiles.describe.session", where);
            default:
                return context.format("profiles.describe.environment", where);
        }
    }

    /** The profile's session key was typed in the editor: keep it for the session only. */
    private void remember(String profileId, SessionKey key) {
        if (key == null) {
            sessionKeys.remove(profileId);
        } else {
            sessionKeys.put(profileId, key);
        }
    }

    private void connect(ConnectionProfile profile) {
        long generation = ++connectGeneration;
        selectedInstance.set(null);
        instances.clear();
        instancesNote.set("");
        addInstanceProblem.set("");
        publishTarget();
        if (profile == null) {
            setState(ConnectionState.NONE, "");
            context.status().connection("", "");
            return;
        }
        if (connector == null) {
            setState(ConnectionState.NOT_AVAILABLE, context.text("profiles.state.notAvailable"));
            context.status().notConnected(displayName(profile), context.text("status.notConnected"));
            return;
        }
        if (profile.credentialSource() == CredentialSource.SESSION_KEY && !sessionKeys.containsKey(profile.id())) {
            setState(ConnectionState.NEEDS_KEY, context.text("profiles.state.needsKey"));
            context.status().notConnected(displayName(profile), context.text("status.notConnected"));
            return;
        }
        setState(ConnectionState.CONNECTING, context.format("profiles.state.connecting", displayName(profile)));
        context.status().connection(displayName(profile), profile.effectiveEndpoint() == null ? ""
            : profile.effectiveEndpoint());
        CertificateService known = services.get(profile.id());
        SessionKey key = sessionKeys.get(profile.id());
        context.status().beginWork();
        CompletableFuture<CertificateService> connected = known != null ? CompletableFuture.completedFuture(known)
            : CompletableFuture.supplyAsync(() -> connector.connect(profile, key), context.background());
        connected.thenCompose(service -> service.listInstances()
                .handle((listed, error) -> new Listing(service, listed, error)))
            .whenCompleteAsync((listing, error) -> {
                context.status().endWork();
                if (generation != connectGeneration) {
                    if (listing != null && !services.containsValue(listing.service)) {
                        close(listing.service);
                    }
                    return;
                }
                if (error != null) {
                    ServiceFailure failure = ErrorReport.failureOf(error, context);
                    setState(ConnectionState.FAILED, context.format("profiles.state.failed", failure.explanation(),
                        failure.code() == null ? "-" : failure.code()));
                    context.status().notConnected(displayName(profile), context.text("status.notConnected"));
                    return;
                }
                services.put(profile.id(), listing.service);
                context.status().connection(displayName(profile), listing.service.endpoint());
                showInstances(profile, listing);
            }, context.ui());
    }

    private void showInstances(ConnectionProfile profile, Listing listing) {
        Map<String, MqttInstance> all = new LinkedHashMap<>();
        if (listing.error == null) {
            listing.instances.forEach(instance -> all.put(instance.instanceId(), instance));
        } else {
            ServiceFailure failure = ErrorReport.failureOf(listing.error, context);
            instancesNote.set(isPermissionRefusal(failure)
                ? context.format("profiles.instances.notAllowed", failure.code())
                : context.format("profiles.instances.listFailed", failure.explanation(),
                failure.code() == null ? "-" : failure.code()));
        }
        profile.instances().forEach(instance -> all.putIfAbsent(instance.instanceId(), instance));
        instances.setAll(all.values());
        if (instances.isEmpty() && instancesNote.get().isEmpty()) {
            instancesNote.set(context.text("profiles.instances.none"));
        }
        setState(ConnectionState.CONNECTED, "");
        MqttInstance toSelect = instances.stream()
            .filter(instance -> instance.instanceId().equals(instanceToSelect)).findFirst()
            .orElse(instances.isEmpty() ? null : instances.get(0));
        instanceToSelect = null;
        selectedInstance.set(toSelect);
    }

    /** True for the refusals that mean "the key works but may not list instances". */
    static boolean isPermissionRefusal(ServiceFailure failure) {
        String code = failure.code() == null ? "" : failure.code();
        return failure.kind() == FailureKind.SERVER && (code.equals("PermissionCheckFailed")
            || code.startsWith("Forbidden") || code.equals("InstancePermissionCheckFailed")
            || code.equals("ApiNotSupport"));
    }

    private void publishTarget() {
        ConnectionProfile profile = selectedProfile.get();
        CertificateService service = profile == null ? null : services.get(profile.id());
        MqttInstance instance = selectedInstance.get();
        InstanceTarget current = target.get();
        if (service == null || instance == null) {
            target.set(null);
        } else if (current == null || current.service() != service || !current.instance().equals(instance)) {
            target.set(new InstanceTarget(service, instance));
        }
    }

    private void setState(ConnectionState newState, String message) {
        stateMessage.set(message);
        state.set(newState);
    }

    private Set<String> names(ConnectionProfile except) {
        return profiles.stream().filter(profile -> profile != except).map(this::displayName)
            .collect(Collectors.toSet());
    }

    /** Replaces a profile without reconnecting (only its remembered instances changed). */
    private void replaceSilently(ConnectionProfile before, ConnectionProfile after) {
        boolean wasSelected = selectedProfile.get() == before;
        MqttInstance instance = selectedInstance.get();
        suppressConnect = true;
        try {
            profiles.set(profiles.indexOf(before), after);
            if (wasSelected) {
                selectedProfile.set(after);
            }
        } finally {
            suppressConnect = false;
        }
        selectedInstance.set(instance);
    }

    private void save() {
        List<ConnectionProfile> snapshot = List.copyOf(profiles);
        long sequence = store.nextSave();
        CompletableFuture.runAsync(() -> store.save(sequence, snapshot), context.background())
            .whenCompleteAsync((ignored, error) -> {
                if (error != null) {
                    context.dialogs().showError(ErrorReport.of(context.text("profiles.save.failed"), error, context));
                }
            }, context.ui());
    }

    private void closeService(String profileId) {
        CertificateService service = services.remove(profileId);
        if (service != null) {
            close(service);
        }
    }

    private static void close(CertificateService service) {
        if (service instanceof AutoCloseable) {
            try {
                ((AutoCloseable) service).close();
            } catch (Exception e) {
                // Closing a connection at the end of its use: nothing the operator can act on.
                return;
            }
        }
    }

    /** Closes every service opened in this session. */
    @Override
    public void close() {
        services.values().forEach(ProfilesViewModel::close);
        services.clear();
    }

    public ObservableList<ConnectionProfile> profiles() {
        return FXCollections.unmodifiableObservableList(profiles);
    }

    public ObjectProperty<ConnectionProfile> selectedProfileProperty() {
        return selectedProfile;
    }

    public ObservableList<MqttInstance> instances() {
        return FXCollections.unmodifiableObservableList(instances);
    }

    public ObjectProperty<MqttInstance> selectedInstanceProperty() {
        return selectedInstance;
    }

    /** The selected instance with its connected service, or null. */
    public ReadOnlyObjectProperty<InstanceTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateMessageProperty() {
        return stateMessage.getReadOnlyProperty();
    }

    /** A note under the instance list (ListInstances not allowed, none found), or empty. */
    public ReadOnlyStringProperty instancesNoteProperty() {
        return instancesNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addInstanceProblemProperty() {
        return addInstanceProblem.getReadOnlyProperty();
    }

    /** The selected profile can be edited or removed (not the sandbox). */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    private static final class Listing {
        private final CertificateService service;
        private final List<MqttInstance> instances;
        private final Throwable error;

        Listing(CertificateService service, List<MqttInstance> instances, Throwable error) {
            this.service = service;
            this.instances = instances;
            this.error = error;
        }
    }
}
