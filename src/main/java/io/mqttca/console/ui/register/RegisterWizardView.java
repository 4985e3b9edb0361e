package io.mqttca.console.ui.register;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.ui.common.Dates;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.register.VerificationStepViewModel.Source;
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
    private final VerificationStepViewModel verification;
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
        this.verification = viewModel.verification();
        this.context = context;
        this.close = close;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        caLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.caProperty().get(),
            "register.ca.none"), viewModel.caProperty()));
        codeField.textProperty().bind(viewModel.registerCodeProperty());
        generateRadio.setUserData(Source.GENERATE);
        fileRadio.setUserData(Source.FILE);
        sourceGroup.selectToggle(verification.sourceProperty().get() == Source.FILE ? fileRadio
            : generateRadio);
        sourceGroup.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                verification.sourceProperty().set((Source) now.getUserData());
            }
        });
        verification.sourceProperty().addListener((observable, before, now) ->
            sourceGroup.selectToggle(now == Source.FILE ? fileRadio : generateRadio));
        generateBox.visibleProperty().bind(verification.sourceProperty().isEqualTo(Source.GENERATE));
        generateBox.managedProperty().bind(generateBox.visibleProperty());
        fileBox.visibleProperty().bind(generateBox.visibleProperty().not());
        fileBox.managedProperty().bind(fileBox.visibleProperty());
        keyFileLabel.textProperty().bind(Bindings.createStringBinding(() -> keyFileName(verification.keyFileProperty()
            .get()), verification.keyFileProperty()));
        generateButton.disableProperty().bind(verification.canGenerateProperty().not());
        verificationLabel.textProperty().bind(Bindings.createStringBinding(() ->
            describe(verification.verificationProperty().get(), "register.verification.none"),
            verification.verificationProperty()));
        inline(caErrorLabel, viewModel.caErrorProperty());
        inline(codeErrorLabel, viewModel.codeErrorProperty());
        inline(keyErrorLabel, verification.keyErrorProperty());
        inline(verificationErrorLabel, verification.verificationErrorProperty());
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
            certificate.serialHex(), Dates.date(certificate.notAfter(), context.clock().getZone()));
    }

    private String keyFileName(java.nio.file.Path file) {
        return file == null ? context.text("register.key.none") : file.getFileName().toString();
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
        verification.chooseKeyFile();
    }

    @FXML
    private void generate() {
        char[] password = passwordField.getText().toCharArray();
        passwordField.clear();
        verification.generate(password);
    }

    @FXML
    private void chooseVerification() {
        verification.chooseVerificationFile();
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
