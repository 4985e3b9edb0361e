package io.mqttca.console.ui.shell;

import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.Theme;
import io.mqttca.console.ui.common.ActionFactory;
import io.mqttca.console.ui.common.Navigator;
import io.mqttca.console.ui.common.Screen;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Controller of the window frame: the menu bar (built from the command ids), the sidebar, the content area that shows
 * the current screen with its breadcrumb and Back, the activity panel and the status bar.
 */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;

    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu fileMenu;
    @FXML
    private Menu viewMenu;
    @FXML
    private Menu certificateMenu;
    @FXML
    private Menu helpMenu;
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
    private SplitPane mainSplit;
    @FXML
    private StackPane sidebar;
    @FXML
    private HBox breadcrumbBar;
    @FXML
    private Button backButton;
    @FXML
    private HBox breadcrumb;
    @FXML
    private StackPane contentArea;
    @FXML
    private StackPane bottomPanel;
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

    /** The split between the sidebar and the screens (its divider is remembered). */
    public SplitPane mainSplit() {
        return mainSplit;
    }

    /**
     * Puts the shell's two fixed panels in place: the sidebar (connections) and the bottom panel (activity), whose
     * expanded state follows View &gt; Activity panel.
     */
    public void showPanels(Parent sidebarView, TitledPane activity) {
        sidebar.getChildren().setAll(sidebarView);
        bottomPanel.getChildren().setAll(activity);
        activityItem.selectedProperty().bindBidirectional(viewModel.activityVisibleProperty());
        activity.expandedProperty().bindBidirectional(viewModel.activityVisibleProperty());
    }

    @FXML
    private void initialize() {
        ActionFactory actions = viewModel.actions();
        ShellMenus.fill(fileMenu, ShellMenus.FILE, actions);
        ShellMenus.fill(viewMenu, ShellMenus.VIEW, actions);
        ShellMenus.fill(certificateMenu, ShellMenus.CERTIFICATE, actions);
        ShellMenus.fill(helpMenu, ShellMenus.HELP, actions);
        setUpNavigation();

        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        themeToggle.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        viewModel.darkThemeProperty().addListener((observable, before, dark) -> showTheme(dark));
        showTheme(viewModel.darkThemeProperty().get());
        setUpWarningMenu();
        setUpLanguageMenu();

        StatusModel status = viewModel.status();
        statusLabel.textProperty().bind(status.profileProperty());
        endpointLabel.textProperty().bind(status.endpointProperty());
        // The endpoint gives way first in a narrow window; its tooltip keeps it whole.
        Tooltip endpointTip = new Tooltip();
        endpointTip.textProperty().bind(status.endpointProperty());
        endpointLabel.setTooltip(endpointTip);
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
        selectCurrentLanguage();
        languageGroup.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                String tag = (String) now.getUserData();
                viewModel.changeLanguage(tag.isEmpty() ? null : tag);
                // A refused switch puts the mark back on the language in use.
                selectCurrentLanguage();
            }
        });
    }

    private void selectCurrentLanguage() {
        String current = viewModel.languageProperty().get() == null ? "" : viewModel.languageProperty().get();
        languageGroup.getToggles().stream().filter(toggle -> Objects.equals(toggle.getUserData(), current))
            .findFirst().ifPresent(toggle -> toggle.setSelected(true));
    }

    /** The content area shows the current screen; the breadcrumb bar appears once there is somewhere to go back. */
    private void setUpNavigation() {
        Navigator navigator = viewModel.navigator();
        navigator.currentProperty().addListener((observable, before, screen) -> showScreen(screen));
        showScreen(navigator.currentProperty().get());
        backButton.disableProperty().bind(navigator.canGoBackProperty().not());
        backButton.setOnAction(event -> navigator.back());
        breadcrumbBar.visibleProperty().bind(navigator.canGoBackProperty());
        breadcrumbBar.managedProperty().bind(navigator.canGoBackProperty());
        navigator.trail().addListener((ListChangeListener<Screen>) change -> showTrail(navigator.trail()));
        showTrail(navigator.trail());
    }

    private void showScreen(Screen screen) {
        contentArea.getChildren().setAll(screen == null ? List.of() : List.of(viewModel.navigator().viewOf(screen)));
    }

    private void showTrail(List<Screen> trail) {
        breadcrumb.getChildren().clear();
        for (int i = 0; i < trail.size(); i++) {
            Label step = new Label();
            step.textProperty().bind(trail.get(i).title());
            step.getStyleClass().add(i == trail.size() - 1 ? "breadcrumb-current" : "breadcrumb-step");
            if (i > 0) {
                Label arrow = new Label("\u203a");
                arrow.getStyleClass().add("breadcrumb-separator");
                breadcrumb.getChildren().add(arrow);
            }
            breadcrumb.getChildren().add(step);
        }
    }

    /** File &gt; Exit closes the window (the application then saves and stops). */
    public void exit() {
        menuBar.getScene().getWindow().hide();
    }

    @FXML
    private void copyRequestId() {
        viewModel.copyLastRequestId();
    }

}
