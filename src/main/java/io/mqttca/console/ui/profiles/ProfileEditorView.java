package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.CredentialSource;
import io.mqttca.console.ui.profiles.ProfileEditorViewModel.TestState;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

/** Controller of the profile dialog's content: fields bound to the editor view model. */
public final class ProfileEditorView {

    private final ProfileEditorViewModel viewModel;

    @FXML
    private TextField nameField;
    @FXML
    private ComboBox<String> regionBox;
    @FXML
    private TextField endpointField;
    @FXML
    private CheckBox embeddedSandboxCheck;
    @FXML
    private ToggleGroup sourceGroup;
    @FXML
    private RadioButton environmentRadio;
    @FXML
    private RadioButton cliRadio;
    @FXML
    private RadioButton sessionRadio;
    @FXML
    private TextField cliProfileField;
    @FXML
    private GridPane sessionKeyGrid;
    @FXML
    private TextField accessKeyIdField;
    @FXML
    private PasswordField accessKeySecretField;
    @FXML
    private Button testButton;
    @FXML
    private ProgressIndicator testIndicator;
    @FXML
    private Label testLabel;
    @FXML
    private Label validationLabel;

    public ProfileEditorView(ProfileEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The field to focus when the dialog opens. */
    public TextField firstField() {
        return nameField;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        regionBox.getItems().setAll(ProfileEditorViewModel.REGIONS);
        regionBox.getEditor().textProperty().bindBidirectional(viewModel.regionIdProperty());
        regionBox.setValue(viewModel.regionIdProperty().get());
        endpointField.textProperty().bindBidirectional(viewModel.endpointProperty());
        embeddedSandboxCheck.selectedProperty().bindBidirectional(viewModel.embeddedSandboxProperty());
        regionBox.disableProperty().bind(embeddedSandboxCheck.selectedProperty());
        endpointField.disableProperty().bind(embeddedSandboxCheck.selectedProperty());
        cliProfileField.textProperty().bindBidirectional(viewModel.cliProfileProperty());
        accessKeyIdField.textProperty().bindBidirectional(viewModel.accessKeyIdProperty());
        accessKeySecretField.textProperty().bindBidirectional(viewModel.accessKeySecretProperty());

        environmentRadio.setUserData(CredentialSource.ENVIRONMENT);
        cliRadio.setUserData(CredentialSource.CLI_PROFILE);
        sessionRadio.setUserData(CredentialSource.SESSION_KEY);
        sourceGroup.getToggles().stream()
            .filter(toggle -> toggle.getUserData() == viewModel.credentialSourceProperty().get())
            .findFirst().ifPresent(toggle -> toggle.setSelected(true));
        sourceGroup.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.credentialSourceProperty().set((CredentialSource) now.getUserData());
            }
        });
        cliProfileField.disableProperty().bind(cliRadio.selectedProperty().not());
        sessionKeyGrid.disableProperty().bind(sessionRadio.selectedProperty().not());

        testButton.setVisible(viewModel.canTest());
        testButton.disableProperty().bind(viewModel.validProperty().not()
            .or(viewModel.testStateProperty().isEqualTo(TestState.RUNNING)));
        testIndicator.visibleProperty().bind(viewModel.testStateProperty().isEqualTo(TestState.RUNNING));
        testLabel.textProperty().bind(viewModel.testMessageProperty());
        viewModel.testStateProperty().addListener((observable, before, now) -> {
            testLabel.getStyleClass().removeAll("text-success", "text-danger");
            if (now == TestState.SUCCEEDED) {
                testLabel.getStyleClass().add("text-success");
            } else if (now == TestState.FAILED) {
                testLabel.getStyleClass().add("text-danger");
            }
        });
        validationLabel.textProperty().bind(viewModel.validationMessageProperty());
    }

    @FXML
    private void test() {
        viewModel.test();
    }
}
