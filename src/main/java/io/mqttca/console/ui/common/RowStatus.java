package io.mqttca.console.ui.common;

import io.mqttca.console.service.CertificateStatus;

/**
 * The status column's value: the certificate's status and what runs on the row, if anything. Sorts by status.
 *
 * @param status   the status the service reported
 * @param activity what runs on the row ("Activating..."), or empty
 */
public record RowStatus(CertificateStatus status, String activity) implements Comparable<RowStatus> {

    public boolean busy() {
        return activity != null && !activity.isEmpty();
    }

    @Override
    public int compareTo(RowStatus other) {
        return status.compareTo(other.status);
    }
}
