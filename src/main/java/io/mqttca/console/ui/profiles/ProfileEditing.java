package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ConnectionRegistry;
import io.mqttca.console.service.SessionKey;
import io.mqttca.console.ui.common.Confirmation;
import io.mqttca.console.ui.common.UiContext;
import javafx.beans.property.ObjectProperty;

/**
 * The operator's changes to the profiles: a new one or an edited one through the {@link ProfileEditorDialog}, and
 * removal after confirmation. A key typed in the editor goes to the registry for the session only; an edited profile
 * is disconnected and selected again, so that it connects with what was entered; a removed one is forgotten.
 */
final class ProfileEditing {

    private final UiContext context;
    private final ConnectionRegistry registry;
    private final ProfileList list;
    private final ObjectProperty<ConnectionProfile> selected;

    /** {@code registry} null: no service, so nothing to test, remember or disconnect. */
    ProfileEditing(UiContext context, ConnectionRegistry registry, ProfileList list,
                   ObjectProperty<ConnectionProfile> selected) {
        this.context = context;
        this.registry = registry;
        this.list = list;
        this.selected = selected;
    }

    void newProfile() {
        ProfileEditorViewModel editor = new ProfileEditorViewModel(context, registry, list.namesExcept(null), null,
            null);
        if (edit(editor)) {
            ConnectionProfile profile = editor.profile();
            rememberKey(profile.id(), editor.sessionKey());
            list.add(profile);
            selected.set(profile);
        }
    }

    void editSelected() {
        ConnectionProfile profile = selected.get();
        if (profile == null) {
            return;
        }
        if (profile.isSandbox()) {
            context.dialogs().notify(context.text("profiles.sandbox.name"), context.text("profiles.sandbox.fixed"));
            return;
        }
        SessionKey typed = registry == null ? null : registry.sessionKey(profile.id()).orElse(null);
        ProfileEditorViewModel editor = new ProfileEditorViewModel(context, registry, list.namesExcept(profile),
            profile, typed);
        if (edit(editor)) {
            ConnectionProfile edited = editor.profile();
            rememberKey(edited.id(), editor.sessionKey());
            if (registry != null) {
                registry.disconnect(edited.id());
            }
            list.replace(profile, edited);
            selected.set(null);
            selected.set(edited);
        }
    }

    void removeSelected() {
        ConnectionProfile profile = selected.get();
        if (profile == null || profile.isSandbox()) {
            return;
        }
        Confirmation confirmation = new Confirmation(context.text("profiles.remove.title"),
            context.format("profiles.remove.header", profile.name()), context.text("profiles.remove.message"),
            context.text("profiles.remove.button"), true);
        if (context.dialogs().confirm(confirmation)) {
            if (registry != null) {
                registry.forget(profile.id());
            }
            list.remove(profile);
            selected.set(list.first());
        }
    }

    private boolean edit(ProfileEditorViewModel editor) {
        ProfileEditorDialog dialog = new ProfileEditorDialog(editor, context.bundle());
        return context.dialogs().showCustom(dialog).orElse(false) && editor.validProperty().get();
    }

    private void rememberKey(String profileId, SessionKey key) {
        if (registry != null) {
            registry.rememberKey(profileId, key);
        }
    }
}
