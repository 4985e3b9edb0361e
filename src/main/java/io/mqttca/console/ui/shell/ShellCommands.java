package io.mqttca.console.ui.shell;

import io.mqttca.console.ui.common.UiCommand;
import java.util.Objects;

/**
 * The actions the menu bar offers, built by the composition root from the feature view models and views, so that
 * the shell needs none of their types.
 *
 * @param newProfile  File &gt; New connection profile
 * @param editProfile File &gt; Edit connection profile
 * @param savePem     File &gt; Save PEM as
 * @param find        View &gt; Find (focus the filter)
 * @param refresh     View &gt; Refresh
 * @param activate    Certificate &gt; Activate
 * @param deactivate  Certificate &gt; Deactivate
 * @param delete      Certificate &gt; Delete
 * @param showDetails Certificate &gt; Show details
 * @param copySn      Certificate &gt; Copy Sn
 * @param copyPem     Certificate &gt; Copy PEM
 * @param importFiles File &gt; Import certificates
 * @param register    File &gt; Register CA certificate
 */
public record ShellCommands(UiCommand newProfile, UiCommand editProfile, UiCommand savePem, UiCommand find,
                            UiCommand refresh, UiCommand activate, UiCommand deactivate, UiCommand delete,
                            UiCommand showDetails, UiCommand copySn, UiCommand copyPem,
                            UiCommand importFiles, UiCommand register) {

    public ShellCommands {
        Objects.requireNonNull(newProfile, "newProfile");
        Objects.requireNonNull(editProfile, "editProfile");
        Objects.requireNonNull(savePem, "savePem");
        Objects.requireNonNull(find, "find");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(activate, "activate");
        Objects.requireNonNull(deactivate, "deactivate");
        Objects.requireNonNull(delete, "delete");
        Objects.requireNonNull(showDetails, "showDetails");
        Objects.requireNonNull(copySn, "copySn");
        Objects.requireNonNull(copyPem, "copyPem");
        Objects.requireNonNull(importFiles, "importFiles");
        Objects.requireNonNull(register, "register");
    }
}
