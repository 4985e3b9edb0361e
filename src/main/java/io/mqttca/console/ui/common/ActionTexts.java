package io.mqttca.console.ui.common;

import io.mqttca.console.service.ChangeAction;

/**
 * The words for every change in titles, buttons, progress and results, one switch per text. The switches have no
 * default: a new {@link ChangeAction} does not compile until it has its texts.
 */
public final class ActionTexts {

    private final UiContext context;

    public ActionTexts(UiContext context) {
        this.context = context;
    }

    /** The confirmation dialog's title ("Activate CA certificate"). */
    public String confirmTitle(ChangeAction action) {
        return context.text(switch (action) {
            case ACTIVATE_CA -> "certificates.activate.confirm.title";
            case DEACTIVATE_CA -> "certificates.deactivate.confirm.title";
            case DELETE_CA -> "certificates.delete.confirm.title";
            case REGISTER_CA -> "certificates.register.confirm.title";
            case ACTIVATE_DEVICE -> "devices.activate.confirm.title";
            case DEACTIVATE_DEVICE -> "devices.deactivate.confirm.title";
            case DELETE_DEVICE -> "devices.delete.confirm.title";
        });
    }

    /** The confirmation dialog's button that goes ahead. */
    public String confirmButton(ChangeAction action) {
        return context.text(switch (action) {
            case ACTIVATE_CA -> "certificates.activate.confirm.button";
            case DEACTIVATE_CA -> "certificates.deactivate.confirm.button";
            case DELETE_CA -> "certificates.delete.confirm.button";
            case REGISTER_CA -> "certificates.register.confirm.button";
            case ACTIVATE_DEVICE -> "devices.activate.confirm.button";
            case DEACTIVATE_DEVICE -> "devices.deactivate.confirm.button";
            case DELETE_DEVICE -> "devices.delete.confirm.button";
        });
    }

    /** The error dialog's title when the change failed ("Activation failed"). */
    public String failureTitle(ChangeAction action) {
        return context.text(switch (action) {
            case ACTIVATE_CA -> "certificates.activate.failed";
            case DEACTIVATE_CA -> "certificates.deactivate.failed";
            case DELETE_CA -> "certificates.delete.failed";
            case REGISTER_CA -> "certificates.register.failed";
            case ACTIVATE_DEVICE -> "devices.activate.failed";
            case DEACTIVATE_DEVICE -> "devices.deactivate.failed";
            case DELETE_DEVICE -> "devices.delete.failed";
        });
    }

    /** "Activating..." shown in a row while the change runs on it. */
    public String running(ChangeAction action) {
        return context.text(switch (action) {
            case ACTIVATE_CA -> "certificates.activate.running";
            case DEACTIVATE_CA -> "certificates.deactivate.running";
            case DELETE_CA -> "certificates.delete.running";
            case REGISTER_CA -> "certificates.register.running";
            case ACTIVATE_DEVICE -> "devices.activate.running";
            case DEACTIVATE_DEVICE -> "devices.deactivate.running";
            case DELETE_DEVICE -> "devices.delete.running";
        });
    }

    /** The status bar message after the change succeeded on {@code count} items, the first named {@code name}. */
    public String succeeded(ChangeAction action, String name, int count) {
        return count == 1 ? context.format(succeededOneKey(action), name)
            : context.format(succeededManyKey(action), count);
    }

    /**
     * The status bar message after a run over several items, for the whole run (every attempt): how many the
     * change succeeded on and, unless all, how many failed, were cancelled or were not attempted.
     */
    public String runFinished(ChangeAction action, BulkTotals totals) {
        String done = context.format(succeededManyKey(action), totals.succeeded());
        if (!totals.complete()) {
            return context.format("bulk.status.join", done, context.format("bulk.status.incomplete",
                totals.total(), totals.failed(), totals.cancelled(), totals.notAttempted(), totals.attempts()));
        }
        return totals.attempts() > 1 ? context.format("bulk.status.join", done, context.format("bulk.status.complete",
            totals.total(), totals.attempts())) : done;
    }

    /** The progress dialog's title for a change over {@code count} items. */
    public String bulkTitle(ChangeAction action, int count) {
        return context.format(switch (action) {
            case ACTIVATE_CA -> "bulk.title.activate";
            case DEACTIVATE_CA -> "bulk.title.deactivate";
            case DELETE_CA -> "bulk.title.delete";
            case REGISTER_CA -> "bulk.title.register";
            case ACTIVATE_DEVICE -> "bulk.title.activateDevice";
            case DEACTIVATE_DEVICE -> "bulk.title.deactivateDevice";
            case DELETE_DEVICE -> "bulk.title.deleteDevice";
        }, count);
    }

    private static String succeededOneKey(ChangeAction action) {
        return switch (action) {
            case ACTIVATE_CA -> "certificates.activate.done";
            case DEACTIVATE_CA -> "certificates.deactivate.done";
            case DELETE_CA -> "certificates.delete.done";
            case REGISTER_CA -> "certificates.register.done";
            case ACTIVATE_DEVICE -> "devices.activate.done";
            case DEACTIVATE_DEVICE -> "devices.deactivate.done";
            case DELETE_DEVICE -> "devices.delete.done";
        };
    }

    private static String succeededManyKey(ChangeAction action) {
        return switch (action) {
            case ACTIVATE_CA -> "certificates.activate.doneMany";
            case DEACTIVATE_CA -> "certificates.deactivate.doneMany";
            case DELETE_CA -> "certificates.delete.doneMany";
            case REGISTER_CA -> "certificates.register.doneMany";
            case ACTIVATE_DEVICE -> "devices.activate.doneMany";
            case DEACTIVATE_DEVICE -> "devices.deactivate.doneMany";
            case DELETE_DEVICE -> "devices.delete.doneMany";
        };
    }
}
