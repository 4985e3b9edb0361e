package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ConnectionRegistry;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.service.ProfileStore;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * What the profiles pane binds to, coordinating its parts: the {@link ProfileList} (profiles and their file), the
 * {@link ProfileConnection} of the selected profile over the shared {@link ConnectionRegistry}, the
 * {@link InstanceChoice} that publishes the selected instance as the window's target, and the {@link ProfileEditing}
 * of profiles through the editor dialog. Selecting a profile connects to it; session keys live in the registry only.
 */
public final class ProfilesViewModel {

    private final ProfileTexts texts;
    private final ProfileList list;
    private final InstanceChoice choice;
    private final ProfileConnection connection;
    private final ProfileEditing editing;
    private final ObjectProperty<ConnectionProfile> selectedProfile = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper(false);
    private String instanceToSelect;
    private boolean onlyInstancesChanged;

    /** {@code registry} null means this build has no service: the pane says "not connected". */
    public ProfilesViewModel(UiContext context, ProfileStore store, ConnectionRegistry registry) {
        this.texts = new ProfileTexts(context);
        this.list = new ProfileList(context, store, texts);
        this.choice = new InstanceChoice(context, this::replaceKeepingConnection);
        this.connection = new ProfileConnection(context, registry, texts, choice);
        this.editing = new ProfileEditing(context, registry, list, selectedProfile);
        selectedProfile.addListener((observable, before, now) -> {
            canEdit.set(now != null && !now.isSandbox());
            if (!onlyInstancesChanged) {
                String instanceId = instanceToSelect;
                instanceToSelect = null;
                connection.connect(now, instanceId);
            }
        });
    }

    /** Reads the profiles in the background, then selects the remembered profile and instance (or the sandbox). */
    public void load(String profileId, String instanceId) {
        list.load(() -> {
            instanceToSelect = instanceId;
            selectedProfile.set(list.byIdOrFirst(profileId));
        });
    }

    /** Connects again to the selected profile (after a failure, or to re-read its instances). */
    public void reconnect() {
        ConnectionProfile profile = selectedProfile.get();
        if (profile != null) {
            connection.reconnect(profile);
        }
    }

    /** Opens the editor for a new cloud profile; saves and selects it when confirmed. */
    public void newProfile() {
        editing.newProfile();
    }

    /** Opens the editor for the selected cloud profile; saves it and reconnects when confirmed. */
    public void editSelectedProfile() {
        editing.editSelected();
    }

    /** Removes the selected cloud profile after confirmation (the sandbox stays). */
    public void removeSelectedProfile() {
        editing.removeSelected();
    }

    /** Adds an instance by id to the selected profile (remembered in it) and selects it; false when refused. */
    public boolean addInstance(String instanceId) {
        return choice.add(instanceId);
    }

    /** Forgets an instance that was added by id to the selected profile. */
    public void removeSelectedInstance() {
        choice.removeSelected();
    }

    /** The name shown for a profile. */
    public String displayName(ConnectionProfile profile) {
        return texts.displayName(profile);
    }

    /** A second line for a profile: where it connects and with which credentials. */
    public String describe(ConnectionProfile profile) {
        return texts.describe(profile);
    }

    /** The selected profile's remembered instances changed: save it without reconnecting. */
    private void replaceKeepingConnection(ConnectionProfile before, ConnectionProfile after) {
        onlyInstancesChanged = true;
        try {
            list.replace(before, after);
            if (selectedProfile.get() == before) {
                selectedProfile.set(after);
            }
        } finally {
            onlyInstancesChanged = false;
        }
    }

    public ObservableList<ConnectionProfile> profiles() {
        return list.profiles();
    }

    public ObjectProperty<ConnectionProfile> selectedProfileProperty() {
        return selectedProfile;
    }

    public ObservableList<MqttInstance> instances() {
        return choice.instances();
    }

    public ObjectProperty<MqttInstance> selectedInstanceProperty() {
        return choice.selectedInstanceProperty();
    }

    /** The selected instance with its connected service, or null. */
    public ReadOnlyObjectProperty<InstanceTarget> targetProperty() {
        return choice.targetProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return connection.stateProperty();
    }

    public ReadOnlyStringProperty stateMessageProperty() {
        return connection.stateMessageProperty();
    }

    /** A note under the instance list (ListInstances not allowed, none found), or empty. */
    public ReadOnlyStringProperty instancesNoteProperty() {
        return choice.noteProperty();
    }

    public ReadOnlyStringProperty addInstanceProblemProperty() {
        return choice.addProblemProperty();
    }

    /** The selected profile can be edited or removed (not the sandbox). */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }
}
