package io.mqttca.console.ui.register;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.ui.common.FxmlViews;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.Theme;
import io.mqttca.console.ui.common.UiContext;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the Register CA wizard as a window modal to the main window. Closing it resets the view model and clears
 * the password field, so nothing of the CA key or its password outlives the wizard.
 */
public final class RegisterWizard {

    private final FxmlViews views;
    private final RegisterWizardViewModel viewModel;
    private final UiContext context;
    private final Supplier<Window> owner;
    private Stage stage;
    private RegisterWizardView view;

    public RegisterWizard(FxmlViews views, RegisterWizardViewModel viewModel, UiContext context,
                          Supplier<Window> owner) {
        this.views = views;
        this.viewModel = viewModel;
        this.context = context;
        this.owner = owner;
    }

    /** Opens the wizard on {@code target}, with {@code ca} already chosen when not null. */
    public void open(InstanceTarget target, CertificateDetails ca) {
        if (target == null) {
            context.dialogs().notify(context.text("register.title"), context.text("register.noInstance"));
            return;
        }
        if (stage == null) {
            stage = new Stage();
            Window window = owner.get();
            if (window != null) {
                stage.initOwner(window);
            }
            stage.initModality(Modality.WINDOW_MODAL);
            view = new RegisterWizardView(viewModel, context, () -> stage.hide());
            Parent root = views.load(RegisterWizardView.class, "RegisterWizard.fxml", view);
            Scene scene = new Scene(root);
            Theme.style(scene);
            stage.setScene(scene);
            stage.setOnHidden(event -> {
                view.clearPassword();
                viewModel.reset();
            });
        }
        stage.setTitle(context.format("register.title.instance", target.instanceId()));
        viewModel.open(target, ca);
        stage.show();
        stage.toFront();
    }
}
