package io.mqttca.console.ui;

import io.mqttca.console.ui.common.Confirmation;
import io.mqttca.console.ui.common.CustomDialog;
import io.mqttca.console.ui.common.DialogService;
import io.mqttca.console.ui.common.ErrorReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A dialog service for view-model tests: records every dialog and answers as told. */
public final class RecordingDialogService implements DialogService {

    public final List<ErrorReport> errors = new ArrayList<>();
    public final List<Confirmation> confirmations = new ArrayList<>();
    public final List<String> textsToType = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public final List<CustomDialog<?>> customDialogs = new ArrayList<>();
    private boolean answer = true;
    private Function<CustomDialog<?>, Optional<?>> customAnswer = dialog -> Optional.empty();
    private Path saveFile;
    private List<Path> openFiles = List.of();

    /** Confirmations (plain and typed) are answered with {@code value} from now on. */
    public RecordingDialogService answering(boolean value) {
        answer = value;
        return this;
    }

    /** The save dialog answers with {@code file} (null: cancelled). */
    public RecordingDialogService savingTo(Path file) {
        saveFile = file;
        return this;
    }

    /** The open dialog answers with {@code files} (empty: cancelled). */
    public RecordingDialogService opening(Path... files) {
        openFiles = List.of(files);
        return this;
    }

    /** Custom dialogs are answered by {@code answer} from now on (it may also fill in the dialog's view model). */
    public RecordingDialogService answeringCustom(Function<CustomDialog<?>, Optional<?>> answer) {
        customAnswer = answer;
        return this;
    }

    /** The last custom dialog shown, as {@code type}. */
    public <D extends CustomDialog<?>> D lastCustom(Class<D> type) {
        return type.cast(customDialogs.get(customDialogs.size() - 1));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> Optional<R> showCustom(CustomDialog<R> dialog) {
        customDialogs.add(dialog);
        return (Optional<R>) customAnswer.apply(dialog);
    }

    public Confirmation lastConfirmation() {
        return confirmations.get(confirmations.size() - 1);
    }

    @Override
    public void showError(ErrorReport report) {
        errors.add(report);
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        confirmations.add(confirmation);
        return answer;
    }

    @Override
    public boolean confirmTyped(Confirmation confirmation, String textToType) {
        confirmations.add(confirmation);
        textsToType.add(textToType);
        return answer;
    }

    @Override
    public void notify(String title, String message) {
        notifications.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialFileName, String filterDescription,
                                         String extension) {
        return Optional.ofNullable(saveFile);
    }

    @Override
    public List<Path> chooseOpenFiles(String title, String filterDescription, List<String> patterns,
                                      boolean multiple) {
        return openFiles;
    }
}
