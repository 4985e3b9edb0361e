package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.ui.common.UiContext;

/** The words for the three CA changes in titles, buttons, progress and results. */
final class ActionTexts {

    private ActionTexts() {
    }

    static String confirmTitle(ChangeAction action, UiContext context) {
        switch (action) {
            case ACTIVATE_CA:
                return context.text("certificates.activate.confirm.title");
            case DEACTIVATE_CA:
                return context.text("certificates.deactivate.confirm.title");
            default:
                return context.text("certificates.delete.confirm.title");
        }
    }

    static String confirmButton(ChangeAction action, UiContext context) {
        switch (action) {
            case ACTIVATE_CA:
                return context.text("certificates.activate.confirm.button");
            case DEACTIVATE_CA:
                return context.text("certificates.deactivate.confirm.button");
            default:
                return context.text("certificates.delete.confirm.button");
        }
    }

    static String failureTitle(ChangeAction action, UiContext context) {
        switch (action) {
            case ACTIVATE_CA:
                return context.text("certificates.activate.failed");
            case DEACTIVATE_CA:
                return context.text("certificates.deactivate.failed");
            default:
                return context.text("certificates.delete.failed");
        }
    }

    /** "Activating …" shown in the row while a single change runs. */
    static String running(ChangeAction action, UiContext context) {
        switch (action) {
            case ACTIVATE_CA:
                return context.text("certificates.activate.running");
            case DEACTIVATE_CA:
                return context.text("certificates.deactivate.running");
            default:
                return context.text("certificates.delete.running");
        }
    }

    /** The status bar message after {@code count} certificates changed. */
    static String succeeded(ChangeAction action, String name, int count, UiContext context) {
        switch (action) {
            case ACTIVATE_CA:
                return count == 1 ? context.format("certificates.activate.done", name)
                    : context.format("certificates.activate.doneMany", count);
            case DEACTIVATE_CA:
                return count == 1 ? context.format("certificates.deactivate.done", name)
                    : context.format("certificates.deactivate.doneMany", count);
            default:
                return count == 1 ? context.format("certificates.delete.done", name)
                    : context.format("certificates.delete.doneMany", count);
        }
    }

    static String bulkTitle(ChangeAction action, int count, UiContext context) {
        switch (action) {
            case ACTIVATE_CA:
                return context.format("bulk.title.activate", count);
            case DEACTIVATE_CA:
                return context.format("bulk.title.deactivate", count);
            default:
                return context.format("bulk.title.delete", count);
        }
    }
}
