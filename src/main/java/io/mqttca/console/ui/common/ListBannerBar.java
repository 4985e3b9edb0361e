package io.mqttca.console.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The banner above a table over a {@link RemoteListModel}: hidden while the model has none; otherwise its text, and
 * for a failed refresh Details (the error dialog) and Retry. Usable from FXML; call {@link #attach} once.
 */
public final class ListBannerBar extends HBox {

    private final Label text = new Label();
    private final Button details = new Button();
    private final Button retry = new Button("", new FontIcon(Material2MZ.REFRESH));

    public ListBannerBar() {
        super(8);
        getStyleClass().add("list-banner");
        setAlignment(Pos.CENTER_LEFT);
        FontIcon icon = new FontIcon(Material2MZ.WARNING);
        icon.getStyleClass().add("list-banner-icon");
        text.setId("bannerText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        details.setId("bannerDetails");
        retry.setId("bannerRetry");
        // The text wraps; the buttons keep their words.
        details.setMinWidth(USE_PREF_SIZE);
        retry.setMinWidth(USE_PREF_SIZE);
        text.setMinWidth(0);
        getChildren().addAll(icon, text, details, retry);
        setVisible(false);
        setManaged(false);
    }

    /** Shows {@code list}'s banner from now on. */
    public void attach(RemoteListModel<?, ?> list, UiContext context) {
        details.setText(context.text("list.banner.details"));
        details.setOnAction(event -> list.showBannerDetails());
        retry.setText(context.text("list.retry"));
        retry.setOnAction(event -> list.refresh());
        list.bannerProperty().addListener((observable, before, now) -> show(now));
        show(list.bannerProperty().get());
    }

    private void show(ListBanner banner) {
        setVisible(banner != null);
        setManaged(banner != null);
        text.setText(banner == null ? "" : banner.text());
        boolean failure = banner != null && banner.isFailure();
        details.setVisible(failure);
        details.setManaged(failure);
        retry.setVisible(failure);
        retry.setManaged(failure);
        getStyleClass().remove("list-banner-error");
        if (failure) {
            getStyleClass().add("list-banner-error");
        }
    }
}
