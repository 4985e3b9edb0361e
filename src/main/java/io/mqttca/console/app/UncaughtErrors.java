package io.mqttca.console.app;

import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.UiContext;
import javafx.application.Platform;

/**
 * The last resort for errors nobody handled: they are printed once and shown in the error dialog (one at a time, so
 * a failure that repeats cannot bury the window under dialogs).
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private final UiContext context;
    private boolean showing;

    private UncaughtErrors(UiContext context) {
        this.context = context;
    }

    static void install(UiContext context) {
        UncaughtErrors handler = new UncaughtErrors(context);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        ConsoleLog.LOG.log(System.Logger.Level.ERROR, "Unhandled error on " + thread.getName(), error);
        Platform.runLater(() -> show(error));
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            context.dialogs().showError(ErrorReport.of(context.text("error.unexpected.title"), error, context));
        } finally {
            showing = false;
        }
    }
}
