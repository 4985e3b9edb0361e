package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.ui.common.RowFactory;
import io.mqttca.console.ui.common.UiContext;
import javafx.beans.property.IntegerProperty;

/** Rows of the CA table, merged by Sn, with the expiry marker of the console's clock and warning window. */
final class CaRowFactory implements RowFactory<CaCertificate, CertificateRow> {

    private final UiContext context;
    private final IntegerProperty warningDays;

    CaRowFactory(UiContext context, IntegerProperty warningDays) {
        this.context = context;
        this.warningDays = warningDays;
    }

    @Override
    public String keyOf(CaCertificate item) {
        return item.sn();
    }

    @Override
    public CertificateRow create(CaCertificate item) {
        return new CertificateRow(item, expiryOf(item));
    }

    @Override
    public void update(CertificateRow row, CaCertificate item) {
        row.update(item, expiryOf(item));
    }

    private Expiry expiryOf(CaCertificate certificate) {
        return Expiry.of(certificate.validEnd(), context.clock().instant(), warningDays.get());
    }
}
