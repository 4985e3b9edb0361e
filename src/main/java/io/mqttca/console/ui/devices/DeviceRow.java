package io.mqttca.console.ui.devices;

import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.service.SnSearchText;
import io.mqttca.console.ui.common.ListRow;
import io.mqttca.console.ui.common.RowActivity;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One line of the device certificates table: the certificate as last listed (without its PEM, which the details
 * pane fetches), its expiry marker, the issuing CA's name, and what runs on it. Keyed by CA Sn and device Sn,
 * because a device Sn is unique only under its CA.
 */
public final class DeviceRow implements ListRow {

    private final String key;
    private final String caName;
    // Plain fields, with properties made only for the rows a cell shows: 100,000 rows need not hold 200,000.
    private DeviceCertificate certificate;
    private Expiry expiry;
    private ReadOnlyObjectWrapper<DeviceCertificate> certificateProperty;
    private ReadOnlyObjectWrapper<Expiry> expiryProperty;
    private final RowActivity activity = new RowActivity();
    /** Name, Sn and CN in lower case, one field per line, kept so a keystroke over 100,000 rows allocates nothing. */
    private String searchText;

    DeviceRow(DeviceCertificate certificate, Expiry expiry, String caName) {
        this.key = keyOf(certificate);
        this.caName = caName;
        this.certificate = certificate;
        this.expiry = expiry;
        this.searchText = searchTextOf(certificate);
    }

    /** The key of a device certificate: its CA's Sn and its own. */
    static String keyOf(DeviceCertificate certificate) {
        return certificate.caSn() + "/" + certificate.deviceSn();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public RowActivity activity() {
        return activity;
    }

    public DeviceCertificate certificate() {
        return certificate;
    }

    public String deviceSn() {
        return certificate.deviceSn();
    }

    public String caSn() {
        return certificate.caSn();
    }

    /** The issuing CA's name as the CA table had it, or its Sn. */
    public String caName() {
        return caName;
    }

    public boolean isActive() {
        return certificate.isActive();
    }

    public Expiry expiry() {
        return expiry;
    }

    public ReadOnlyObjectProperty<DeviceCertificate> certificateProperty() {
        if (certificateProperty == null) {
            certificateProperty = new ReadOnlyObjectWrapper<>(certificate);
        }
        return certificateProperty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Expiry> expiryProperty() {
        if (expiryProperty == null) {
            expiryProperty = new ReadOnlyObjectWrapper<>(expiry);
        }
        return expiryProperty.getReadOnlyProperty();
    }

    void update(DeviceCertificate newCertificate, Expiry newExpiry) {
        searchText = searchTextOf(newCertificate);
        certificate = newCertificate;
        expiry = newExpiry;
        if (certificateProperty != null) {
            certificateProperty.set(newCertificate);
        }
        if (expiryProperty != null) {
            expiryProperty.set(newExpiry);
        }
    }

    @Override
    public boolean matches(String lowerCaseFilter) {
        return searchText.contains(lowerCaseFilter);
    }

    private static String searchTextOf(DeviceCertificate certificate) {
        return (nonNull(certificate.deviceName()) + "\n" + certificate.deviceSn() + "\n"
            + nonNull(certificate.subjectCommonName()) + "\n" + SnSearchText.of(certificate.deviceSn()))
            .toLowerCase(Locale.ROOT);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String toString() {
        return "DeviceRow[" + key + "]";
    }
}
