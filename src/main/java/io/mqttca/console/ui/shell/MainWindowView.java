package io.mqttca.console.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;

/** Controller of the main window's frame: the CA table and the status bar. */
public final class MainWindowView {

    @FXML
    private TableView<Object> certificateTable;

    @FXML
    private Label statusLabel;

    @FXML
    private void initialize() {
        certificateTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }
}
