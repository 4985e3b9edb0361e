package io.mqttca.console.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the view models show, owned by the main window. The window's implementation is
 * {@link FxDialogService}; tests use a recording one that answers as told.
 */
public interface DialogService {

    /** Shows an error: what went wrong, what to do, and the technical facts with a copy button. */
    void showError(ErrorReport report);

    /** Asks to go ahead; true when the operator confirmed. */
    boolean confirm(Confirmation confirmation);

    /** Asks to go ahead and to type {@code textToType} first; true when the operator typed it and confirmed. */
    boolean confirmTyped(Confirmation confirmation, String textToType);

    /** Tells the operator something that needs no decision. */
    void notify(String title, String message);

    /** Asks where to save a file; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String initialFileName, String filterDescription,
                                  String extension);

    /**
     * Asks for files to open; empty when cancelled.
     *
     * @param patterns the file name patterns offered first, e.g. {@code *.pem}; "All files" is always offered too
     * @param multiple whether several files can be chosen
     */
    List<Path> chooseOpenFiles(String title, String filterDescription, List<String> patterns, boolean multiple);

    /**
     * Opens a dialog with content of its own; for {@link CustomDialog.Kind#WAIT} waits until it closes and returns
     * its answer, otherwise returns empty at once. Showing a dialog that is already open brings it to the front.
     */
    <R> Optional<R> showCustom(CustomDialog<R> dialog);
}
