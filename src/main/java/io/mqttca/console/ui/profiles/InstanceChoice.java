package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The instances of the connected profile and the one chosen among them, published with the service as the window's
 * {@link InstanceTarget}. Instances added by id are remembered in the profile (handed to {@code remembered} as the
 * profile before and after) so that accounts that may not call ListInstances still reach them next time.
 */
final class InstanceChoice {

    private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,127}");

    private final UiContext context;
    private final BiConsumer<ConnectionProfile, ConnectionProfile> remembered;
    private final ObservableList<MqttInstance> instances = FXCollections.observableArrayList();
    // Held once: an unmodifiable view listens weakly, so a view made per call loses its listeners to the GC.
    private final ObservableList<MqttInstance> readOnlyInstances = FXCollections.unmodifiableObservableList(instances);
    private final ObjectProperty<MqttInstance> selectedInstance = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<InstanceTarget> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper addProblem = new ReadOnlyStringWrapper("");
    private ConnectionProfile profile;
    private CertificateService service;

    InstanceChoice(UiContext context, BiConsumer<ConnectionProfile, ConnectionProfile> remembered) {
        this.context = context;
        this.remembered = remembered;
        selectedInstance.addListener((observable, before, now) -> publishTarget());
    }

    /** Empties the choice while {@code newProfile} (or nothing) connects. */
    void clear(ConnectionProfile newProfile) {
        profile = newProfile;
        service = null;
        selectedInstance.set(null);
        instances.clear();
        note.set("");
        addProblem.set("");
        publishTarget();
    }

    /** Shows what the connected {@code newService} offers and selects {@code instanceId}, else the first. */
    void show(CertificateService newService, List<MqttInstance> offered, String instanceId) {
        service = newService;
        instances.setAll(offered);
        selectedInstance.set(instances.stream().filter(instance -> instance.instanceId().equals(instanceId))
            .findFirst().orElse(instances.isEmpty() ? null : instances.get(0)));
    }

    void setNote(String text) {
        note.set(text);
    }

    /** Adds an instance by id (remembered in a cloud profile) and selects it; false when the id is refused. */
    boolean add(String instanceId) {
        String id = instanceId == null ? "" : instanceId.strip();
        if (profile == null) {
            return false;
        }
        if (!INSTANCE_ID.matcher(id).matches()) {
            addProblem.set(context.text("profiles.instances.add.invalid"));
            return false;
        }
        addProblem.set("");
        MqttInstance existing = instances.stream().filter(instance -> instance.instanceId().equals(id))
            .findFirst().orElse(null);
        if (existing != null) {
            selectedInstance.set(existing);
            return true;
        }
        MqttInstance added = MqttInstance.byId(id);
        if (!profile.isSandbox()) {
            rememberAs(profile.withInstance(added));
        }
        instances.add(added);
        selectedInstance.set(added);
        return true;
    }

    /** Forgets the selected instance if it was added by id to the profile. */
    void removeSelected() {
        MqttInstance instance = selectedInstance.get();
        if (profile == null || instance == null || profile.isSandbox()
            || profile.instances().stream().noneMatch(known -> known.instanceId().equals(instance.instanceId()))) {
            return;
        }
        rememberAs(profile.withoutInstance(instance.instanceId()));
        instances.remove(instance);
        selectedInstance.set(instances.isEmpty() ? null : instances.get(0));
    }

    private void rememberAs(ConnectionProfile updated) {
        ConnectionProfile before = profile;
        profile = updated;
        remembered.accept(before, updated);
    }

    private void publishTarget() {
        MqttInstance instance = selectedInstance.get();
        InstanceTarget current = target.get();
        if (service == null || instance == null) {
            target.set(null);
        } else if (current == null || current.service() != service || !current.instance().equals(instance)) {
            target.set(new InstanceTarget(service, instance));
        }
    }

    ObservableList<MqttInstance> instances() {
        return readOnlyInstances;
    }

    ObjectProperty<MqttInstance> selectedInstanceProperty() {
        return selectedInstance;
    }

    ReadOnlyObjectProperty<InstanceTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    ReadOnlyStringProperty addProblemProperty() {
        return addProblem.getReadOnlyProperty();
    }
}
