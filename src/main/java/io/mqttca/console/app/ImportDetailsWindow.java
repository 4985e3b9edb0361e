package io.mqttca.console.app;

import io.mqttca.console.ui.common.CustomDialog;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.details.CertificateDetailsView;
import io.mqttca.console.ui.details.CertificateDetailsViewModel;
import io.mqttca.console.ui.importing.ImportRow;
import io.mqttca.console.ui.importing.ImportViewModel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * An imported certificate's full details in a window of their own, in the same details view the CA screen uses
 * (composed here because the import and details slices may not know each other): not modal, built on first use and
 * reused for the next row opened.
 */
final class ImportDetailsWindow implements CustomDialog<Void> {

    private final UiContext context;
    private final ImportViewModel imports;
    private final CertificateDetailsViewModel details;
    private final ObservableValue<String> title;

    ImportDetailsWindow(UiContext context, ImportViewModel imports,
                        Function<String, List<Map.Entry<String, String>>> certificateFields) {
        this.context = context;
        this.imports = imports;
        this.details = new CertificateDetailsViewModel(context, certificateFields);
        this.title = Bindings.createStringBinding(() -> context.format("import.details.title",
            details.titleProperty().get()), details.titleProperty());
    }

    /** Shows the row's certificate, with its registration when the instance holds this very certificate. */
    void open(ImportRow row) {
        details.showLocal(imports.detailsTitle(row), row.certificate().pem(), row.registeredSame());
        context.dialogs().showCustom(this);
    }

    CertificateDetailsViewModel details() {
        return details;
    }

    @Override
    public Kind kind() {
        return Kind.WINDOW;
    }

    @Override
    public ObservableValue<String> title() {
        return title;
    }

    @Override
    public Parent build(FxmlViews views, Runnable close) {
        return views.load(CertificateDetailsView.class, "CertificateDetails.fxml",
            new CertificateDetailsView(details, context));
    }
}
