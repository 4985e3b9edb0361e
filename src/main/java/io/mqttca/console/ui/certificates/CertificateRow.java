package io.mqttca.console.ui.certificates;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.Expiry;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One line of the CA table: the certificate as last read from the service, its expiry marker, and whether a change
 * on it is running (the row shows progress meanwhile). Rows keep their identity across refreshes (same Sn), so the
 * table keeps its selection.
 */
public final class CertificateRow {

    private final String sn;
    private final ReadOnlyObjectWrapper<CaCertificate> certificate;
    private final ReadOnlyObjectWrapper<Expiry> expiry;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
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

    public CaCertificate certificate() {
        return certificate.get();
    }

    public Expiry expiry() {
        return expiry.get();
    }

    public boolean isActive() {
        return certificate.get().isActive();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyObjectProperty<CaCertificate> certificateProperty() {
        return certificate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Expiry> expiryProperty() {
        return expiry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    void update(CaCertificate newCertificate, Expiry newExpiry) {
        searchText = searchTextOf(newCertificate);
        certificate.set(newCertificate);
        expiry.set(newExpiry);
    }

    /** What runs on the row ("Activating..."), shown in place of its status badge. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Marks the row as busy with {@code activityText}, or idle again when it is null. */
    void busy(String activityText) {
        activity.set(activityText == null ? "" : activityText);
        busy.set(activityText != null);
    }

    /** True when the filter text (already lower-cased) occurs in the name, the Sn or the subject CN. */
    boolean matches(String lowerCaseFilter) {
        return searchText.contains(lowerCaseFilter);
    }

    /** One line per field, so that a filter never matches across two fields. */
    private static String searchTextOf(CaCertificate certificate) {
        String commonName = certificate.subjectCommonName() == null ? "" : certificate.subjectCommonName();
        return (certificate.name() + "\n" + certificate.sn() + "\n" + commonName).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "CertificateRow[" + sn + "]";
    }
}
