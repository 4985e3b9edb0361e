package io.mqttca.console.ui.common;

import io.mqttca.console.service.ServiceFailure;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The placeholder of a table over a {@link RemoteListModel}: an icon or a spinner, a title and a detail for the
 * model's state, Retry after a failed load and Clear filter when nothing matches. A failed load shows the failure's
 * Code, the service's own Message and the RequestId, each copyable, like the error dialog. Usable from FXML; call
 * {@link #attach} once.
 */
public final class ListPlaceholder extends VBox {

    private final ProgressIndicator progress = new ProgressIndicator();
    private final FontIcon icon = new FontIcon(Material2AL.DNS);
    private final Label title = new Label();
    private final Label detail = new Label();
    private final GridPane facts = new GridPane();
    private final TextField code = new TextField();
    private final TextField message = new TextField();
    private final TextField requestId = new TextField();
    private final Button retry = new Button("", new FontIcon(Material2MZ.REFRESH));
    private final Button clearFilter = new Button("", new FontIcon(Material2AL.CLEAR));
    private RemoteListModel<?, ?> model;
    private PlaceholderTexts texts;
    private UiContext context;

    public ListPlaceholder() {
        super(10);
        getStyleClass().addAll("placeholder", "list-placeholder");
        setAlignment(Pos.CENTER);
        setMaxWidth(560);
        setPadding(new Insets(24));
        progress.setPrefSize(32, 32);
        icon.getStyleClass().add("placeholder-icon");
        title.getStyleClass().add("placeholder-title");
        title.setWrapText(true);
        title.setId("placeholderTitle");
        detail.getStyleClass().add("placeholder-detail");
        detail.setWrapText(true);
        detail.setId("placeholderDetail");
        facts.getStyleClass().add("fact-grid");
        facts.setHgap(8);
        facts.setVgap(4);
        retry.setId("placeholderRetry");
        clearFilter.setId("placeholderClearFilter");
        getChildren().addAll(progress, icon, title, detail, facts, new HBox(8, retry, clearFilter));
        ((HBox) getChildren().get(getChildren().size() - 1)).setAlignment(Pos.CENTER);
    }

    /** Shows {@code list}'s state in {@code screenTexts}' words from now on; Retry and Clear filter act on it. */
    public void attach(RemoteListModel<?, ?> list, PlaceholderTexts screenTexts, UiContext uiContext) {
        this.model = list;
        this.texts = screenTexts;
        this.context = uiContext;
        retry.setText(context.text("list.retry"));
        retry.setOnAction(event -> list.refresh());
        clearFilter.setText(context.text("list.filter.clear"));
        clearFilter.setOnAction(event -> list.clearFilter());
        addFact(0, "error.code", code, "placeholderCode");
        addFact(1, "error.message", message, "placeholderMessage");
        addFact(2, "error.requestId", requestId, "placeholderRequestId");
        list.stateProperty().addListener((observable, before, now) -> show());
        list.loadFailureProperty().addListener((observable, before, now) -> show());
        list.filterTextProperty().addListener((observable, before, now) -> show());
        show();
    }

    private void show() {
        ListState state = model.stateProperty().get();
        visible(progress, state == ListState.LOADING);
        visible(icon, state != ListState.LOADING);
        visible(retry, state == ListState.ERROR);
        visible(clearFilter, state == ListState.NO_MATCH);
        getStyleClass().remove("placeholder-error");
        ServiceFailure failure = state == ListState.ERROR ? model.loadFailureProperty().get() : null;
        String detailText = switch (state) {
            case NO_TARGET -> show(Material2AL.DNS, texts.noTarget(), "");
            case LOADING -> show(Material2AL.DNS, texts.loading(), "");
            case EMPTY -> show(Material2AL.INBOX, texts.empty(), texts.emptyDetail());
            case NO_MATCH -> show(Material2MZ.SEARCH_OFF, context.format(texts.noMatchKey(),
                model.filterTextProperty().get().strip()), "");
            case ERROR -> show(Material2AL.ERROR_OUTLINE, texts.error(),
                failure == null ? "" : context.explanation(failure) + "\n" + context.whatToDo(failure));
            case READY -> "";
        };
        if (state == ListState.ERROR) {
            getStyleClass().add("placeholder-error");
        }
        detail.setText(detailText);
        visible(detail, !detailText.isEmpty());
        visible(facts, failure != null);
        if (failure != null) {
            code.setText(dash(failure.code()));
            message.setText(dash(context.message(failure)));
            requestId.setText(dash(failure.requestId()));
        }
    }

    private String show(Ikon iconCode, String titleText, String detailText) {
        icon.setIconCode(iconCode);
        title.setText(titleText);
        return detailText;
    }

    private void addFact(int row, String nameKey, TextField value, String id) {
        Label name = new Label(context.text(nameKey));
        name.getStyleClass().add("text-muted");
        value.setEditable(false);
        value.setId(id);
        value.getStyleClass().addAll("selectable-value", "monospace");
        value.setPrefColumnCount(24);
        Button copy = new Button("", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId(id + "Copy");
        copy.setTooltip(new Tooltip(context.format("list.error.copy", name.getText())));
        copy.setOnAction(event -> context.clipboard().copy(value.getText()));
        GridPane.setHgrow(value, Priority.ALWAYS);
        facts.addRow(row, name, value, copy);
    }

    private static void visible(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static String dash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
