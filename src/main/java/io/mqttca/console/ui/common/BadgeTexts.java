package io.mqttca.console.ui.common;

import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.Expiry;

/** The words on the status and expiry badges, shared by the table, the details pane and their tests. */
public final class BadgeTexts {

    private BadgeTexts() {
    }

    public static String status(CertificateStatus status, UiContext context) {
        return status == CertificateStatus.ACTIVE ? context.text("badge.status.active")
            : context.text("badge.status.inactive");
    }

    /** "Expired", "Expires today", "Expires in 12 days", "Valid" or "Unknown". */
    public static String expiry(Expiry expiry, UiContext context) {
        return switch (expiry.state()) {
            case EXPIRED -> context.text("badge.expiry.expired");
            case EXPIRING -> expiry.daysLeft() == 0 ? context.text("badge.expiry.today")
                : context.format("badge.expiry.inDays", expiry.daysLeft());
            case VALID -> context.text("badge.expiry.valid");
            case UNKNOWN -> context.text("badge.expiry.unknown");
        };
    }
}
