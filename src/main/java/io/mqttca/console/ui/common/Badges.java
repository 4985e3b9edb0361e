package io.mqttca.console.ui.common;

import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.Expiry;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Status and expiry badges: a pill with an icon, a word and a colour, so the meaning never rests on colour alone.
 * The colours come from app.css and the theme's variables.
 */
public final class Badges {

    private static final String BADGE = "badge";

    private Badges() {
    }

    /** An empty badge label to be filled by {@link #showStatus} or {@link #showExpiry} (table cells reuse one). */
    public static Label newBadge() {
        Label label = new Label();
        label.getStyleClass().add(BADGE);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    public static void showStatus(Label badge, CertificateStatus status, UiContext context) {
        boolean active = status == CertificateStatus.ACTIVE;
        fill(badge, BadgeTexts.status(status, context), active ? Material2AL.CHECK_CIRCLE
            : Material2MZ.PAUSE_CIRCLE_OUTLINE, active ? "badge-active" : "badge-inactive");
    }

    public static void showExpiry(Label badge, Expiry expiry, UiContext context) {
        Ikon icon = switch (expiry.state()) {
            case EXPIRED -> Material2AL.ERROR;
            case EXPIRING -> Material2MZ.WARNING;
            case VALID -> Material2MZ.VERIFIED;
            case UNKNOWN -> Material2AL.HELP_OUTLINE;
        };
        String style = switch (expiry.state()) {
            case EXPIRED -> "badge-expired";
            case EXPIRING -> "badge-expiring";
            case VALID -> "badge-valid";
            case UNKNOWN -> "badge-unknown";
        };
        fill(badge, BadgeTexts.expiry(expiry, context), icon, style);
    }

    /** Re-uses the badge's icon node and touches its style classes only when they change (cells are recycled). */
    private static void fill(Label badge, String text, Ikon icon, String style) {
        badge.setText(text);
        if (badge.getGraphic() instanceof FontIcon graphic) {
            if (graphic.getIconCode() != icon) {
                graphic.setIconCode(icon);
            }
        } else {
            FontIcon graphic = new FontIcon(icon);
            graphic.getStyleClass().add("badge-icon");
            badge.setGraphic(graphic);
        }
        if (!badge.getStyleClass().contains(style)) {
            badge.getStyleClass().removeIf(existing -> existing.startsWith("badge-") && !existing.equals("badge-icon"));
            badge.getStyleClass().add(style);
        }
    }
}
