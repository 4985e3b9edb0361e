package io.mqttca.console.ui.devices;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.ui.common.ActionTexts;
import io.mqttca.console.ui.common.Confirmation;
import io.mqttca.console.ui.common.UiContext;
import java.util.List;

/**
 * What the operator is asked before device certificates change, in plain words about the device: a deactivated
 * device cannot connect until reactivated; a deleted registration comes back on the device's next connection while
 * its CA is active, so deleting does not keep a device out.
 */
final class DeviceConfirmations {

    private static final int LISTED_IN_CONFIRMATION = 8;

    private final UiContext context;
    private final ActionTexts texts;

    DeviceConfirmations(UiContext context) {
        this.context = context;
        this.texts = new ActionTexts(context);
    }

    /** The confirmation of {@code action} on {@code targets}; it counts the selected rows left out. */
    Confirmation of(ChangeAction action, List<DeviceRow> targets, int skipped) {
        String prefix = switch (action) {
            case ACTIVATE_DEVICE -> "devices.activate";
            case DEACTIVATE_DEVICE -> "devices.deactivate";
            case DELETE_DEVICE -> "devices.delete";
            default -> throw new IllegalArgumentException("Not a device change: " + action);
        };
        boolean one = targets.size() == 1;
        String header = one ? context.format(prefix + ".confirm.one", displayName(targets.get(0)))
            : context.format(prefix + ".confirm.many", targets.size());
        StringBuilder message = new StringBuilder(describe(targets));
        if (skipped > 0) {
            message.append("\n\n").append(context.format("devices.confirm.skipped", skipped));
        }
        message.append("\n\n").append(context.text(prefix + ".confirm.consequence"));
        return new Confirmation(texts.confirmTitle(action), header, message.toString(), texts.confirmButton(action),
            action != ChangeAction.ACTIVATE_DEVICE);
    }

    /** The device name, or its Sn when the service has none. */
    String displayName(DeviceRow row) {
        String name = row.certificate().deviceName();
        return name == null || name.isBlank() ? row.deviceSn() : name;
    }

    private String describe(List<DeviceRow> targets) {
        StringBuilder text = new StringBuilder();
        targets.stream().limit(LISTED_IN_CONFIRMATION).forEach(row -> text.append(text.length() == 0 ? "" : "\n")
            .append(context.format("devices.confirm.item", displayName(row), row.deviceSn())));
        if (targets.size() > LISTED_IN_CONFIRMATION) {
            text.append('\n').append(context.format("certificates.confirm.more",
                targets.size() - LISTED_IN_CONFIRMATION));
        }
        return text.toString();
    }
}
