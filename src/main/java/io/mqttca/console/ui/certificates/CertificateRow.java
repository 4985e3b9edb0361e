package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.service.SnSearchText;
import io.mqttca.console.ui.common.ListRow;
import io.mqttca.console.ui.common.RowActivity;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * One line of the CA table: the certificate as last read from the service, its expiry marker, and whether a change
 * on it is running (the row shows progress meanwhile). Rows keep their identity across refreshes (same Sn), so the
 * table keeps its selection.
 */
public final class CertificateRow implements ListRow {

    private final String sn;
    private final ReadOnlyObjectWrapper<CaCertificate> certificate;
    private final ReadOnlyObjectWrapper<Expiry> expiry;
    private final RowActivity activity = new RowActivity();
    private final ReadOnlyObjectWrapper<DeviceCount> deviceCount = new ReadOnlyObjectWrapper<>();
    /** Name, Sn and subject CN in lower case, kept so that filtering 10,000 rows per keystroke allocates nothing. */
    private String searchText;

    CertificateRow(CaCertificate certificate, Expiry expiry) {
        this.sn = certificate.sn();
        this.certificate = new ReadOnlyObjectWrapper<>(certificate);
        this.searchText = searchTextOf(certificate);
        this.expiry = new ReadOnlyObjectWrapper<>(expiry);
    }

    public String sn() {
        return sn;
    }

    /** The Sn: rows are merged by it across refreshes. */
    @Override
    public String key() {
        return sn;
    }

    @Override
    public RowActivity activity() {
        return activity;
    }

    public CaCertificate certificate() {
        return certificate.get();
    }

    public Expiry expiry() {
        return expiry.get();
    }

    public boolean isActive() {
        return certificate.get().isActive();
    }

    public ReadOnlyObjectProperty<CaCertificate> certificateProperty() {
        return certificate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Expiry> expiryProperty() {
        return expiry.getReadOnlyProperty();
    }

    /** The Devices column: null before the row is queued for counting. */
    public DeviceCount deviceCount() {
        return deviceCount.get();
    }

    public ReadOnlyObjectProperty<DeviceCount> deviceCountProperty() {
        return deviceCount.getReadOnlyProperty();
    }

    void setDeviceCount(DeviceCount count) {
        deviceCount.set(count);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return activity.busyProperty();
    }

    void update(CaCertificate newCertificate, Expiry newExpiry) {
        searchText = searchTextOf(newCertificate);
        certificate.set(newCertificate);
        expiry.set(newExpiry);
    }

    /** What runs on the row ("Activating..."), shown in place of its status badge. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.textProperty();
    }

    /** True when the filter text (already lower-cased) occurs in the name, the Sn (in a form) or the subject CN. */
    @Override
    public boolean matches(String lowerCaseFilter) {
        return searchText.contains(lowerCaseFilter);
    }

    /**
     * One line per field, so that a filter never matches across two fields; the Sn also with colons and in decimal,
     * so that a serial copied from openssl or another console finds its row.
     */
    private static String searchTextOf(CaCertificate certificate) {
        String commonName = certificate.subjectCommonName() == null ? "" : certificate.subjectCommonName();
        return (certificate.name() + "\n" + certificate.sn() + "\n" + commonName + "\n"
            + SnSearchText.of(certificate.sn())).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "CertificateRow[" + sn + "]";
    }
}
