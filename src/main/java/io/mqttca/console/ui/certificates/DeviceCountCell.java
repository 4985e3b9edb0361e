package io.mqttca.console.ui.certificates;

import io.mqttca.console.ui.common.UiContext;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The Devices column: the count right-aligned, "…" while counting, "?" with the Code when the count failed. */
final class DeviceCountCell extends TableCell<CertificateRow, DeviceCount> {

    private final UiContext context;

    DeviceCountCell(UiContext context) {
        this.context = context;
        setAlignment(Pos.CENTER_RIGHT);
    }

    @Override
    protected void updateItem(DeviceCount count, boolean empty) {
        super.updateItem(count, empty);
        if (empty || count == null) {
            setText(null);
            setTooltip(null);
        } else if (count.isPending()) {
            setText(context.text("certificates.devices.pending"));
            setTooltip(null);
        } else if (count.count() == null) {
            setText(context.text("certificates.devices.failed"));
            setTooltip(new Tooltip(context.format("certificates.devices.failed.tooltip", count.failureCode())));
        } else {
            setText(String.valueOf(count.count()));
            setTooltip(new Tooltip(context.format("certificates.devices.tooltip", count.count())));
        }
    }
}
