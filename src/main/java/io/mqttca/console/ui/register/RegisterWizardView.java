package io.mqttca.console.ui.register;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.ui.common.Dates;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.register.RegisterWizardViewModel.VerificationSource;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Controller of RegisterWizard.fxml: four numbered steps on one page, each with its inline error. */
public final class RegisterWizardView {

    private final RegisterWizardViewModel viewModel;
    private final UiContext context;
    private final Runnable close;

    @FXML
    private TextField nameField;
    @FXML
    private Label caLabel;
    @FXML
    private Label caErrorLabel;
    @FXML
    private TextField codeField;
    @FXML
    private Label codeErrorLabel;
    @FXML
    private ToggleGroup sourceGroup;
    @FXML
    private RadioButton generateRadio;
    @FXML
    private RadioButton fileRadio;
    @FXML
    private VBox generateBox;
    @FXML
    private VBox fileBox;
    @FXML
    private Label keyFileLabel;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Button generateButton;
    @FXML
    private Label keyErrorLabel;
    @FXML
    private Label verificationLabel;
    @FXML
    private Label verificationErrorLabel;
    @FXML
    private Label outcomeLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Button registerButton;

    public RegisterWizardView(RegisterWizardViewModel viewModel, UiContext context, Runnable close) {
        this.viewModel = viewModel;
        this.context = context;
        this.close = close;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        caLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.caProperty().get(),
            "register.ca.none"), viewModel.caProperty()));
        codeField.textProperty().bind(viewModel.registerCodeProperty());
        generateRadio.setUserData(VerificationSource.GENERATE);
        fileRadio.setUserData(VerificationSource.FILE);
        sourceGroup.selectToggle(viewModel.sourceProperty().get() == VerificationSource.FILE ? fileRadio
            : generateRadio);
        sourceGroup.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.sourceProperty().set((VerificationSource) now.getUserData());
            }
        });
        viewModel.sourceProperty().addListener((observable, before, now) ->
            sourceGroup.selectToggle(now == VerificationSource.FILE ? fileRadio : generateRadio));
        generateBox.visibleProperty().bind(viewModel.sourceProperty().isEqualTo(VerificationSource.GENERATE));
        generateBox.managedProperty().bind(generateBox.visibleProperty());
        fileBox.visibleProperty().bind(generateBox.visibleProperty().not());
        fileBox.managedProperty().bind(fileBox.visibleProperty());
        keyFileLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.keyFileProperty().get() == null
            ? context.text("register.key.none") : viewModel.keyFileProperty().get().getFileName().toString(),
            viewModel.keyFileProperty()));
        generateButton.disableProperty().bind(viewModel.canGenerateProperty().not());
        verificationLabel.textProperty().bind(Bindings.createStringBinding(() ->
            describe(viewModel.verificationProperty().get(), "register.verification.none"),
            viewModel.verificationProperty()));
        inline(caErrorLabel, viewModel.caErrorProperty());
        inline(codeErrorLabel, viewModel.codeErrorProperty());
        inline(keyErrorLabel, viewModel.keyErrorProperty());
        inline(verificationErrorLabel, viewModel.verificationErrorProperty());
        inline(outcomeLabel, viewModel.outcomeProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        registerButton.disableProperty().bind(viewModel.canRegisterProperty().not());
    }

    /** Forgets the typed password (the wizard closed). */
    public void clearPassword() {
        passwordField.clear();
    }

    private String describe(CertificateDetails certificate, String noneKey) {
        if (certificate == null) {
            return context.text(noneKey);
        }
        return context.format("register.certificate.summary", String.valueOf(certificate.subjectCommonName()),
            certificate.serialHex(), Dates.date(certificate.notAfter(), ZoneId.systemDefault()));
    }

    private static void inline(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void chooseCa() {
        viewModel.chooseCaFile();
    }

    @FXML
    private void chooseKey() {
        viewModel.chooseKeyFile();
    }

    @FXML
    private void generate() {
        char[] password = passwordField.getText().toCharArray();
        passwordField.clear();
        viewModel.generate(password);
    }

    @FXML
    private void chooseVerification() {
        viewModel.chooseVerificationFile();
    }

    @FXML
    private void register() {
        viewModel.register();
    }

    @FXML
    private void close() {
        close.run();
    }
}
