package io.mqttca.console.ui.devices;

import io.mqttca.console.service.Expiry;
import java.util.function.Predicate;

/** The device table's quick filters: by status and by expiry band, combined with the filter text. */
final class DeviceFilters {

    /** Which statuses the table shows. */
    enum StatusFilter {
        ALL,
        ACTIVE,
        INACTIVE
    }

    /** Which expiry band the table shows. */
    enum ExpiryFilter {
        ALL,
        EXPIRED,
        EXPIRING,
        VALID
    }

    private DeviceFilters() {
    }

    /** The rows both filters let through, or null when neither filters anything. */
    static Predicate<DeviceRow> of(StatusFilter status, ExpiryFilter expiry) {
        if (status == StatusFilter.ALL && expiry == ExpiryFilter.ALL) {
            return null;
        }
        return row -> statusMatches(status, row) && expiryMatches(expiry, row.expiry());
    }

    private static boolean statusMatches(StatusFilter status, DeviceRow row) {
        return switch (status) {
            case ALL -> true;
            case ACTIVE -> row.isActive();
            case INACTIVE -> !row.isActive();
        };
    }

    private static boolean expiryMatches(ExpiryFilter filter, Expiry expiry) {
        return switch (filter) {
            case ALL -> true;
            case EXPIRED -> expiry.state() == Expiry.State.EXPIRED;
            case EXPIRING -> expiry.state() == Expiry.State.EXPIRING;
            case VALID -> expiry.state() == Expiry.State.VALID;
        };
    }
}
