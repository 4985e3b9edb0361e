package io.mqttca.console.service;

/**
 * The window's remembered state and display choices, kept in the settings file between runs. Every field may be
 * absent in an older file; {@link #defaults()} fills the gaps.
 *
 * @param windowX          the window's left edge, or NaN when never placed
 * @param windowY          the window's top edge, or NaN when never placed
 * @param windowWidth      the window's width
 * @param windowHeight     the window's height
 * @param maximized        whether the window was maximized
 * @param darkTheme        dark theme chosen
 * @param language         a language tag ("en", "zh-CN"), or null for the system's
 * @param activityVisible  the activity panel is expanded
 * @param warningDays      the expiry warning window in days
 * @param leftDivider      position of the divider after the profiles pane (0..1)
 * @param rightDivider     position of the divider before the details pane (0..1)
 * @param lastProfileId    the profile selected last, or null
 * @param lastInstanceId   the instance selected last, or null
 * @param lastSn           the CA certificate selected last, or null
 */
public record ConsoleSettings(double windowX, double windowY, double windowWidth, double windowHeight,
                              boolean maximized, boolean darkTheme, String language, boolean activityVisible,
                              int warningDays, double leftDivider, double rightDivider, String lastProfileId,
                              String lastInstanceId, String lastSn) {

    public ConsoleSettings {
        windowWidth = windowWidth >= 640 ? windowWidth : 1440;
        windowHeight = windowHeight >= 400 ? windowHeight : 860;
        warningDays = warningDays > 0 ? warningDays : Expiry.DEFAULT_WARNING_DAYS;
        leftDivider = leftDivider > 0 && leftDivider < 1 ? leftDivider : 0.17;
        rightDivider = rightDivider > leftDivider && rightDivider < 1 ? rightDivider : 0.78;
        language = language == null || language.isBlank() ? null : language;
    }

    /** The settings of a first run. */
    public static ConsoleSettings defaults() {
        return new ConsoleSettings(Double.NaN, Double.NaN, 1440, 860, false, false, null, false,
            Expiry.DEFAULT_WARNING_DAYS, 0.17, 0.78, null, null, null);
    }

    /** A copy with the window's bounds. */
    public ConsoleSettings withWindow(double x, double y, double width, double height, boolean isMaximized) {
        return new ConsoleSettings(x, y, width, height, isMaximized, darkTheme, language, activityVisible,
            warningDays, leftDivider, rightDivider, lastProfileId, lastInstanceId, lastSn);
    }

    /** A copy with the display choices. */
    public ConsoleSettings withDisplay(boolean dark, String languageTag, boolean activity, int days) {
        return new ConsoleSettings(windowX, windowY, windowWidth, windowHeight, maximized, dark, languageTag,
            activity, days, leftDivider, rightDivider, lastProfileId, lastInstanceId, lastSn);
    }

    /** A copy with the split pane dividers. */
    public ConsoleSettings withDividers(double left, double right) {
        return new ConsoleSettings(windowX, windowY, windowWidth, windowHeight, maximized, darkTheme, language,
            activityVisible, warningDays, left, right, lastProfileId, lastInstanceId, lastSn);
    }

    /** A copy with the last selection. */
    public ConsoleSettings withSelection(String profileId, String instanceId, String sn) {
        return new ConsoleSettings(windowX, windowY, windowWidth, windowHeight, maximized, darkTheme, language,
            activityVisible, warningDays, leftDivider, rightDivider, profileId, instanceId, sn);
    }
}
