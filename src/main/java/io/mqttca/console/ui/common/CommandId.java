package io.mqttca.console.ui.common;

/**
 * Every command of the window, with its words, icon and key binding in one place (in the manner of JabRef's
 * {@code StandardActions}). Menus, toolbars and shortcuts are built from these ids; what a command does is mapped to
 * it by the composition root (global commands) or by the screen that offers it.
 */
public enum CommandId {
    NEW_PROFILE("menu.file.newProfile", "mdal-add", "Shortcut+N"),
    EDIT_PROFILE("menu.file.editProfile", "mdal-edit", "Shortcut+E"),
    IMPORT("menu.file.import", "mdal-file_upload", "Shortcut+O"),
    REGISTER("menu.file.register", "mdal-add_circle_outline", "Shortcut+R"),
    SAVE_PEM("menu.file.savePem", "mdmz-save_alt", "Shortcut+S"),
    EXIT("menu.file.exit", null, "Shortcut+Q"),
    BACK("menu.view.back", "mdal-arrow_back", "Alt+Left"),
    FIND("menu.view.find", "mdmz-search", "Shortcut+F"),
    REFRESH("menu.view.refresh", "mdmz-refresh", "F5"),
    ACTIVATE("menu.certificate.activate", "mdmz-play_circle_outline", "Shortcut+Shift+A"),
    DEACTIVATE("menu.certificate.deactivate", "mdmz-pause_circle_outline", "Shortcut+Shift+D"),
    DELETE("menu.certificate.delete", "mdal-delete", "Shortcut+Delete"),
    SHOW_DETAILS("menu.certificate.details", "mdal-info", "Shortcut+I"),
    SHOW_DEVICES("menu.certificate.devices", "mdal-devices", "Shortcut+D"),
    ALL_DEVICES("menu.view.allDevices", "mdal-devices_other", "Shortcut+Shift+E"),
    TOGGLE_DETAILS("menu.view.detailsPane", "mdmz-vertical_split", "Shortcut+Shift+I"),
    COPY_SN("menu.certificate.copySn", null, "Shortcut+Shift+C"),
    COPY_PEM("menu.certificate.copyPem", "mdal-content_copy", "Shortcut+Shift+P"),
    SHORTCUTS("menu.help.shortcuts", "mdal-keyboard", "F1"),
    ABOUT("menu.help.about", null, null);

    private final String textKey;
    private final String iconLiteral;
    private final String accelerator;

    CommandId(String textKey, String iconLiteral, String accelerator) {
        this.textKey = textKey;
        this.iconLiteral = iconLiteral;
        this.accelerator = accelerator;
    }

    /** The bundle key of the command's words. */
    public String textKey() {
        return textKey;
    }

    /** The Ikonli literal of its icon, or null. */
    public String iconLiteral() {
        return iconLiteral;
    }

    /** Its key binding in {@code KeyCombination} form, or null. */
    public String accelerator() {
        return accelerator;
    }
}
