package io.mqttca.console.ui.shell;

import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.Theme;
import io.mqttca.console.ui.common.UiCommand;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Controller of the window frame: menu bar, the three-pane split, the activity panel and the status bar. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;

    @FXML
    private MenuBar menuBar;
    @FXML
    private MenuItem newProfileItem;
    @FXML
    private MenuItem editProfileItem;
    @FXML
    private MenuItem savePemItem;
    @FXML
    private MenuItem importItem;
    @FXML
    private MenuItem registerItem;
    @FXML
    private MenuItem findItem;
    @FXML
    private MenuItem refreshItem;
    @FXML
    private CheckMenuItem activityItem;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private ToggleGroup warningGroup;
    @FXML
    private RadioMenuItem warning7Item;
    @FXML
    private RadioMenuItem warning14Item;
    @FXML
    private RadioMenuItem warning30Item;
    @FXML
    private RadioMenuItem warning60Item;
    @FXML
    private RadioMenuItem warning90Item;
    @FXML
    private ToggleGroup languageGroup;
    @FXML
    private RadioMenuItem languageSystemItem;
    @FXML
    private RadioMenuItem languageEnglishItem;
    @FXML
    private RadioMenuItem languageChineseItem;
    @FXML
    private MenuItem activateItem;
    @FXML
    private MenuItem deactivateItem;
    @FXML
    private MenuItem deleteItem;
    @FXML
    private MenuItem showDetailsItem;
    @FXML
    private MenuItem copySnItem;
    @FXML
    private MenuItem copyPemItem;
    @FXML
    private SplitPane mainSplit;
    @FXML
    private TitledPane activity;
    @FXML
    private HBox busyBox;
    @FXML
    private FontIcon connectionIcon;
    @FXML
    private Label statusLabel;
    @FXML
    private Label endpointLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private Label requestIdLabel;
    @FXML
    private Button copyRequestIdButton;
    @FXML
    private ToggleButton themeToggle;
    @FXML
    private FontIcon themeIcon;

    public MainWindowView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The split between profiles, table and details (its dividers are remembered). */
    public SplitPane mainSplit() {
        return mainSplit;
    }

    @FXML
    private void initialize() {
        ShellCommands commands = viewModel.commands();
        bind(newProfileItem, commands.newProfile());
        bind(editProfileItem, commands.editProfile());
        bind(savePemItem, commands.savePem());
        bind(importItem, commands.importFiles());
        bind(registerItem, commands.register());
        bind(findItem, commands.find());
        bind(refreshItem, commands.refresh());
        bind(activateItem, commands.activate());
        bind(deactivateItem, commands.deactivate());
        bind(deleteItem, commands.delete());
        bind(showDetailsItem, commands.showDetails());
        bind(copySnItem, commands.copySn());
        bind(copyPemItem, commands.copyPem());

        activityItem.selectedProperty().bindBidirectional(viewModel.activityVisibleProperty());
        activity.expandedProperty().bindBidirectional(viewModel.activityVisibleProperty());
        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        themeToggle.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        viewModel.darkThemeProperty().addListener((observable, before, dark) -> showTheme(dark));
        showTheme(viewModel.darkThemeProperty().get());
        setUpWarningMenu();
        setUpLanguageMenu();

        StatusModel status = viewModel.status();
        statusLabel.textProperty().bind(status.profileProperty());
        endpointLabel.textProperty().bind(status.endpointProperty());
        messageLabel.textProperty().bind(status.messageProperty());
        requestIdLabel.textProperty().bind(Bindings.when(status.lastRequestIdProperty().isEmpty()).then("\u2014")
            .otherwise(status.lastRequestIdProperty()));
        copyRequestIdButton.disableProperty().bind(status.lastRequestIdProperty().isEmpty());
        busyBox.visibleProperty().bind(status.busyBinding());
        connectionIcon.iconCodeProperty().bind(Bindings.when(status.connectedProperty())
            .then(Material2AL.LINK).otherwise(Material2AL.LINK_OFF));
    }

    private void showTheme(boolean dark) {
        Theme.apply(dark);
        themeIcon.setIconCode(dark ? Material2MZ.WB_SUNNY : Material2MZ.NIGHTS_STAY);
    }

    private void setUpWarningMenu() {
        Map<RadioMenuItem, Integer> days = Map.of(warning7Item, 7, warning14Item, 14, warning30Item, 30,
            warning60Item, 60, warning90Item, 90);
        days.forEach((item, value) -> {
            item.setUserData(value);
            item.setSelected(value == viewModel.warningDaysProperty().get());
        });
        warningGroup.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.warningDaysProperty().set((Integer) now.getUserData());
            }
        });
    }

    private void setUpLanguageMenu() {
        languageSystemItem.setUserData("");
        languageEnglishItem.setUserData(Messages.ENGLISH);
        languageChineseItem.setUserData(Messages.SIMPLIFIED_CHINESE);
        String current = viewModel.languageProperty().get() == null ? "" : viewModel.languageProperty().get();
        languageGroup.getToggles().stream().filter(toggle -> Objects.equals(toggle.getUserData(), current))
            .findFirst().ifPresent(toggle -> toggle.setSelected(true));
        languageGroup.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                String tag = (String) now.getUserData();
                viewModel.changeLanguage(tag.isEmpty() ? null : tag);
            }
        });
    }

    private static void bind(MenuItem item, UiCommand command) {
        item.disableProperty().bind(command.executableProperty().not());
        item.setOnAction(event -> command.execute());
    }

    @FXML
    private void exit() {
        menuBar.getScene().getWindow().hide();
    }

    @FXML
    private void copyRequestId() {
        viewModel.copyLastRequestId();
    }

    @FXML
    private void showShortcuts() {
        viewModel.showShortcuts();
    }

    @FXML
    private void showAbout() {
        viewModel.showAbout();
    }
}
