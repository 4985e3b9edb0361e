package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.MqttInstance;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Controller of the left pane: profiles, the connection state and the selected profile's instances. */
public final class ProfilesView {

    private final ProfilesViewModel viewModel;

    @FXML
    private Button editProfileButton;
    @FXML
    private Button removeProfileButton;
    @FXML
    private ListView<ConnectionProfile> profileList;
    @FXML
    private Button reconnectButton;
    @FXML
    private Button removeInstanceButton;
    @FXML
    private VBox stateBox;
    @FXML
    private ProgressIndicator connectingIndicator;
    @FXML
    private FontIcon stateIcon;
    @FXML
    private Label stateLabel;
    @FXML
    private Button connectRetryButton;
    @FXML
    private Button enterKeyButton;
    @FXML
    private ListView<MqttInstance> instanceList;
    @FXML
    private Label instancesNote;
    @FXML
    private TextField instanceIdField;
    @FXML
    private Button addInstanceButton;
    @FXML
    private Label addInstanceProblem;

    public ProfilesView(ProfilesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        profileList.setItems(viewModel.profiles());
        profileList.setCellFactory(list -> new ProfileCell());
        profileList.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && now != viewModel.selectedProfileProperty().get()) {
                viewModel.selectedProfileProperty().set(now);
            }
        });
        viewModel.selectedProfileProperty().addListener((observable, before, now) -> select(profileList, now));
        editProfileButton.disableProperty().bind(viewModel.canEditProperty().not());
        removeProfileButton.disableProperty().bind(viewModel.canEditProperty().not());

        instanceList.setItems(viewModel.instances());
        instanceList.setCellFactory(list -> new InstanceCell());
        instanceList.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && now != viewModel.selectedInstanceProperty().get()) {
                viewModel.selectedInstanceProperty().set(now);
            }
        });
        viewModel.selectedInstanceProperty().addListener((observable, before, now) -> select(instanceList, now));
        removeInstanceButton.disableProperty().bind(viewModel.canEditProperty().not()
            .or(viewModel.selectedInstanceProperty().isNull()));
        reconnectButton.disableProperty().bind(viewModel.selectedProfileProperty().isNull());

        stateLabel.textProperty().bind(viewModel.stateMessageProperty());
        viewModel.stateProperty().addListener((observable, before, now) -> showState(now));
        showState(viewModel.stateProperty().get());
        instancesNote.textProperty().bind(viewModel.instancesNoteProperty());
        instancesNote.visibleProperty().bind(viewModel.instancesNoteProperty().isNotEmpty());
        instancesNote.managedProperty().bind(instancesNote.visibleProperty());
        addInstanceProblem.textProperty().bind(viewModel.addInstanceProblemProperty());
        addInstanceProblem.visibleProperty().bind(viewModel.addInstanceProblemProperty().isNotEmpty());
        addInstanceProblem.managedProperty().bind(addInstanceProblem.visibleProperty());
        boolean connectedToNothing = viewModel.stateProperty().get() == ConnectionState.NOT_AVAILABLE;
        instanceIdField.setDisable(connectedToNothing);
        viewModel.stateProperty().addListener((observable, before, now) -> {
            boolean usable = now == ConnectionState.CONNECTED;
            instanceIdField.setDisable(!usable);
            addInstanceButton.setDisable(!usable);
        });
    }

    private static <T> void select(ListView<T> list, T item) {
        if (item == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != item) {
            list.getSelectionModel().select(item);
        }
    }

    private void showState(ConnectionState state) {
        boolean visible = state != ConnectionState.CONNECTED && state != ConnectionState.NONE;
        stateBox.setVisible(visible);
        stateBox.setManaged(visible);
        connectingIndicator.setVisible(state == ConnectionState.CONNECTING);
        connectingIndicator.setManaged(state == ConnectionState.CONNECTING);
        stateIcon.setVisible(state != ConnectionState.CONNECTING);
        stateIcon.setManaged(state != ConnectionState.CONNECTING);
        stateIcon.setIconCode(state == ConnectionState.NEEDS_KEY ? Material2MZ.VPN_KEY
            : state == ConnectionState.FAILED ? Material2AL.ERROR_OUTLINE : Material2AL.LINK_OFF);
        stateBox.getStyleClass().removeAll("state-failed", "state-warning");
        if (state == ConnectionState.FAILED) {
            stateBox.getStyleClass().add("state-failed");
        } else if (state == ConnectionState.NOT_AVAILABLE || state == ConnectionState.NEEDS_KEY) {
            stateBox.getStyleClass().add("state-warning");
        }
        connectRetryButton.setVisible(state == ConnectionState.FAILED);
        connectRetryButton.setManaged(state == ConnectionState.FAILED);
        enterKeyButton.setVisible(state == ConnectionState.NEEDS_KEY);
        enterKeyButton.setManaged(state == ConnectionState.NEEDS_KEY);
    }

    @FXML
    private void newProfile() {
        viewModel.newProfile();
    }

    @FXML
    private void editProfile() {
        viewModel.editSelectedProfile();
    }

    @FXML
    private void removeProfile() {
        viewModel.removeSelectedProfile();
    }

    @FXML
    private void reconnect() {
        viewModel.reconnect();
    }

    @FXML
    private void removeInstance() {
        viewModel.removeSelectedInstance();
    }

    @FXML
    private void addInstance() {
        if (viewModel.addInstance(instanceIdField.getText())) {
            instanceIdField.clear();
        }
    }

    private final class ProfileCell extends ListCell<ConnectionProfile> {
        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox box = new HBox(8, icon, new VBox(1, name, detail));

        ProfileCell() {
            setPrefWidth(0);
            name.getStyleClass().add("cell-title");
            detail.getStyleClass().add("cell-detail");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ConnectionProfile item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(item.isSandbox() ? Material2AL.COMPUTER : Material2AL.CLOUD);
            name.setText(viewModel.displayName(item));
            detail.setText(viewModel.describe(item));
            setGraphic(box);
        }
    }

    private static final class InstanceCell extends ListCell<MqttInstance> {
        private final FontIcon icon = new FontIcon(Material2MZ.STORAGE);
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox box = new HBox(8, icon, new VBox(1, name, detail));

        InstanceCell() {
            setPrefWidth(0);
            name.getStyleClass().add("cell-title");
            detail.getStyleClass().addAll("cell-detail", "monospace");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(MqttInstance item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            StringBuilder text = new StringBuilder(item.name().equals(item.instanceId()) ? "" : item.instanceId());
            if (item.edition() != null) {
                text.append(text.length() == 0 ? "" : " \u00b7 ").append(item.edition());
            }
            if (item.regionId() != null) {
                text.append(text.length() == 0 ? "" : " \u00b7 ").append(item.regionId());
            }
            detail.setText(text.toString());
            detail.setVisible(text.length() > 0);
            detail.setManaged(text.length() > 0);
            setGraphic(box);
        }
    }
}
