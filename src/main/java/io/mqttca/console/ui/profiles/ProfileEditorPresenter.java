package io.mqttca.console.ui.profiles;

/**
 * Shows the profile editor. The window opens it as a dialog; view-model tests fill the editor in and answer.
 */
@FunctionalInterface
public interface ProfileEditorPresenter {

    /** Lets the operator edit {@code editor}; true when they saved it (the editor is then valid). */
    boolean edit(ProfileEditorViewModel editor);
}
