package io.mqttca.console.ui.devices;

import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.ui.common.RowFactory;
import io.mqttca.console.ui.common.UiContext;
import java.util.function.Function;
import java.util.function.IntSupplier;

/** Rows of the device table, merged by CA Sn and device Sn, with the expiry marker of the console's clock. */
final class DeviceRowFactory implements RowFactory<DeviceCertificate, DeviceRow> {

    private final UiContext context;
    private final IntSupplier warningDays;
    private final Function<String, String> caNameOf;

    DeviceRowFactory(UiContext context, IntSupplier warningDays, Function<String, String> caNameOf) {
        this.context = context;
        this.warningDays = warningDays;
        this.caNameOf = caNameOf;
    }

    @Override
    public String keyOf(DeviceCertificate item) {
        return DeviceRow.keyOf(item);
    }

    @Override
    public DeviceRow create(DeviceCertificate item) {
        return new DeviceRow(item, expiryOf(item), caNameOf.apply(item.caSn()));
    }

    @Override
    public void update(DeviceRow row, DeviceCertificate item) {
        row.update(item, expiryOf(item));
    }

    private Expiry expiryOf(DeviceCertificate certificate) {
        return Expiry.of(certificate.validEnd(), context.clock().instant(), warningDays.getAsInt());
    }
}
