package io.mqttca.console.ui.certificates;

import io.mqttca.console.ui.common.UiContext;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The Devices column: the count right-aligned, "…" while counting, "?" with the Code when the count failed. */
final class DeviceCountCell extends TableCell<CertificateRow, DeviceCount> {

    private final UiContext context;
    private final Consumer<CertificateRow> shown;

    /** {@code shown} hears of every row whose count this cell shows while the count is still pending. */
    DeviceCountCell(UiContext context, Consumer<CertificateRow> shown) {
        this.context = context;
        this.shown = shown;
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
            CertificateRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                shown.accept(row);
            }
        } else if (count.count() == null) {
            setText(context.text("certificates.devices.failed"));
            setTooltip(new Tooltip(context.format("certificates.devices.failed.tooltip", count.failureCode())));
        } else {
            setText(String.valueOf(count.count()));
            setTooltip(new Tooltip(context.format("certificates.devices.tooltip", count.count())));
        }
    }
}
