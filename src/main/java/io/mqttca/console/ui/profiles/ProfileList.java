package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.ProfileStore;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.UiContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection profiles ("Local sandbox" first) as the pane lists them, read from and written to the profiles file
 * off the UI thread. Every change is saved at once; each save takes its place in the store's order when it is
 * submitted, so the last change wins on disk even when the background threads run two saves the other way round.
 */
final class ProfileList {

    private final UiContext context;
    private final ProfileStore store;
    private final ProfileTexts texts;
    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    // Held once: an unmodifiable view listens weakly, so a view made per call loses its listeners to the GC.
    private final ObservableList<ConnectionProfile> readOnlyProfiles =
        FXCollections.unmodifiableObservableList(profiles);

    ProfileList(UiContext context, ProfileStore store, ProfileTexts texts) {
        this.context = context;
        this.store = store;
        this.texts = texts;
    }

    /** Reads the file in the background, then runs {@code loaded} on the UI thread. */
    void load(Runnable loaded) {
        String sandboxName = context.text("profiles.sandbox.name");
        context.status().beginWork();
        CompletableFuture.supplyAsync(() -> store.load(sandboxName), context.background())
            .whenCompleteAsync((read, error) -> {
                context.status().endWork();
                profiles.setAll(error == null ? read : List.of(ConnectionProfile.sandbox(sandboxName)));
                loaded.run();
            }, context.ui());
    }

    /** The profile with this id, else the sandbox. */
    ConnectionProfile byIdOrFirst(String profileId) {
        return profiles.stream().filter(profile -> profile.id().equals(profileId)).findFirst()
            .orElse(profiles.get(0));
    }

    void add(ConnectionProfile profile) {
        profiles.add(profile);
        save();
    }

    /** Puts {@code after} where {@code before} was. */
    void replace(ConnectionProfile before, ConnectionProfile after) {
        profiles.set(profiles.indexOf(before), after);
        save();
    }

    void remove(ConnectionProfile profile) {
        profiles.remove(profile);
        save();
    }

    /** The names shown for every profile but {@code except} (taken for a new or renamed one). */
    Set<String> namesExcept(ConnectionProfile except) {
        return profiles.stream().filter(profile -> profile != except).map(texts::displayName)
            .collect(Collectors.toSet());
    }

    ObservableList<ConnectionProfile> profiles() {
        return readOnlyProfiles;
    }

    ConnectionProfile first() {
        return profiles.get(0);
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
}
