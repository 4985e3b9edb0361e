package io.mqttca.console.ui.register;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.ui.common.CustomDialog;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * The Register CA wizard as a dialog modal to the main window, opened through the dialog service. Closing it clears
 * the password field and resets the view model (ending its session), so nothing of the CA key or its password
 * outlives the wizard and no late answer lands in the next opening.
 */
public final class RegisterWizardDialog implements CustomDialog<Void> {

    private final RegisterWizardViewModel viewModel;
    private final UiContext context;
    private RegisterWizardView view;

    public RegisterWizardDialog(RegisterWizardViewModel viewModel, UiContext context) {
        this.viewModel = viewModel;
        this.context = context;
    }

    /** Opens the wizard on {@code target}, with {@code ca} already chosen when not null. */
    public void open(InstanceTarget target, CertificateDetails ca) {
        if (target == null) {
            context.dialogs().notify(context.text("register.title"), context.text("register.noInstance"));
            return;
        }
        viewModel.open(target, ca);
        context.dialogs().showCustom(this);
    }

    @Override
    public Kind kind() {
        return Kind.MODAL;
    }

    @Override
    public ObservableValue<String> title() {
        return viewModel.titleProperty();
    }

    @Override
    public Parent build(FxmlViews views, Runnable close) {
        view = new RegisterWizardView(viewModel, context, close);
        return views.load(RegisterWizardView.class, "RegisterWizard.fxml", view);
    }

    @Override
    public void hidden() {
        if (view != null) {
            view.clearPassword();
        }
        viewModel.reset();
    }
}
