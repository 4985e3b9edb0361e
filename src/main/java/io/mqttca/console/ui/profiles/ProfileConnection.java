package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ConnectionRegistry;
import io.mqttca.console.service.CredentialSource;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.UiContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The connection of the selected profile: connects it through the {@link ConnectionRegistry} off the UI thread, says
 * where that stands, and hands the instances it may see (ListInstances where allowed, else a note) with the service
 * to the {@link InstanceChoice}. A connection that lands after another profile was selected is dropped.
 */
final class ProfileConnection {

    private final UiContext context;
    private final ConnectionRegistry registry;
    private final ProfileTexts texts;
    private final InstanceChoice choice;
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.NONE);
    private final ReadOnlyStringWrapper stateMessage = new ReadOnlyStringWrapper("");
    private long generation;

    /** {@code registry} null means this build has no service: the pane says "not connected". */
    ProfileConnection(UiContext context, ConnectionRegistry registry, ProfileTexts texts, InstanceChoice choice) {
        this.context = context;
        this.registry = registry;
        this.texts = texts;
        this.choice = choice;
    }

    /** Connects to {@code profile} (null: nothing selected) and then selects {@code instanceId} if it is listed. */
    void connect(ConnectionProfile profile, String instanceId) {
        long current = ++generation;
        choice.clear(profile);
        if (profile == null) {
            setState(ConnectionState.NONE, "");
            context.status().connection("", "");
            return;
        }
        if (registry == null) {
            notConnected(profile, ConnectionState.NOT_AVAILABLE, context.text("profiles.state.notAvailable"));
            return;
        }
        if (profile.credentialSource() == CredentialSource.SESSION_KEY
            && registry.sessionKey(profile.id()).isEmpty()) {
            notConnected(profile, ConnectionState.NEEDS_KEY, context.text("profiles.state.needsKey"));
            return;
        }
        String name = texts.displayName(profile);
        setState(ConnectionState.CONNECTING, context.format("profiles.state.connecting", name));
        context.status().connection(name, profile.effectiveEndpoint() == null ? "" : profile.effectiveEndpoint());
        context.status().beginWork();
        CompletableFuture<Listed> listed = registry.connect(profile).thenCompose(service -> service.listInstances()
            .handle((instances, error) -> new Listed(service, instances, error)));
        listed.whenCompleteAsync((result, error) -> {
            context.status().endWork();
            if (current != generation) {
                return;
            }
            if (error != null) {
                ServiceFailure failure = ErrorReport.failureOf(error, context);
                notConnected(profile, ConnectionState.FAILED,
                    failure.answeredByService()
                        ? context.format("profiles.state.failed", context.explanation(failure), codeOf(failure))
                        : context.format("profiles.state.failedLocally", context.explanation(failure),
                            context.whatToDo(failure)));
                return;
            }
            context.status().connection(name, result.service.endpoint());
            setState(ConnectionState.CONNECTED, "");
            choice.show(result.service, instancesOf(profile, result), instanceId);
        }, context.ui());
    }

    /** Closes the profile's connection and connects again, keeping the selected instance if it is still listed. */
    void reconnect(ConnectionProfile profile) {
        MqttInstance selected = choice.selectedInstanceProperty().get();
        if (registry != null) {
            registry.disconnect(profile.id());
        }
        connect(profile, selected == null ? null : selected.instanceId());
    }

    /** The listed instances followed by those added by id; the note says why the list is short. */
    private List<MqttInstance> instancesOf(ConnectionProfile profile, Listed listed) {
        Map<String, MqttInstance> all = new LinkedHashMap<>();
        String note = "";
        if (listed.error == null) {
            listed.instances.forEach(instance -> all.put(instance.instanceId(), instance));
        } else {
            ServiceFailure failure = ErrorReport.failureOf(listed.error, context);
            note = failure.isPermissionRefusal() ? context.format("profiles.instances.notAllowed", failure.code())
                : context.format("profiles.instances.listFailed", context.explanation(failure), codeOf(failure));
        }
        profile.instances().forEach(instance -> all.putIfAbsent(instance.instanceId(), instance));
        choice.setNote(all.isEmpty() && note.isEmpty() ? context.text("profiles.instances.none") : note);
        return List.copyOf(all.values());
    }

    private void notConnected(ConnectionProfile profile, ConnectionState newState, String message) {
        setState(newState, message);
        context.status().notConnected(texts.displayName(profile), context.text("status.notConnected"));
    }

    private void setState(ConnectionState newState, String message) {
        stateMessage.set(message);
        state.set(newState);
    }

    private static String codeOf(ServiceFailure failure) {
        return failure.code() == null ? "-" : failure.code();
    }

    ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyStringProperty stateMessageProperty() {
        return stateMessage.getReadOnlyProperty();
    }

    /** A service with the instances it listed, or the error ListInstances gave. */
    private record Listed(CertificateService service, List<MqttInstance> instances, Throwable error) {
    }
}
