package io.mqttca.console.ui.common;

import io.mqttca.console.cert.InputError;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.text.Text;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;

/**
 * What every view model gets from the composition root: the strings, the two executors (UI thread and
 * background), the dialogs, the clipboard, the shared status bar model and the clock. Tests build one with
 * same-thread executors, a recording dialog service and a fixed clock.
 *
 * @param bundle     the strings of the chosen language
 * @param ui         runs continuations on the UI thread ({@code Platform::runLater} in the window)
 * @param background runs local work that must not block the UI thread (parsing, files)
 * @param dialogs    every dialog the view models show
 * @param clipboard  the system clipboard
 * @param status     the status bar's shared state
 * @param clock      the clock for expiry markers and times
 */
public record UiContext(ResourceBundle bundle, Executor ui, Executor background, DialogService dialogs,
                        ClipboardService clipboard, StatusModel status, Clock clock) {

    public UiContext {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(clipboard, "clipboard");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clock, "clock");
    }

    /** The string for {@code key}. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The string for {@code key} with its {@code {0}}... placeholders filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /**
     * The language of the strings: the locale that explanations from the engine and the service layer are said in
     * ({@link Locale#ROOT} for English, the base bundle).
     */
    public Locale locale() {
        return bundle.getLocale();
    }

    /** What went wrong, in the window's language. */
    public String explanation(ServiceFailure failure) {
        return plain(failure.explanationIn(locale()));
    }

    /** What the operator can do about a failure, in the window's language (null when there is nothing to say). */
    public String whatToDo(ServiceFailure failure) {
        return plain(failure.whatToDoIn(locale()));
    }

    /**
     * The failure's Message as the window shows it: the service's own Message verbatim, but for a failure the
     * console raised itself (whose Message is its English explanation) the explanation in the window's language.
     */
    public String message(ServiceFailure failure) {
        return failure.message() != null && failure.message().equals(failure.explanation()) ? explanation(failure)
            : failure.message();
    }

    /** An inspector's message about an input, in the window's language. */
    public String message(InputError error) {
        return plain(error.messageIn(locale()));
    }

    /** A sentence of the engine or the service layer, in the window's language. */
    public String say(Text text) {
        return plain(text.in(locale()));
    }

    /** A text from outside the bundle drawn the way the bundle's strings are (see {@link Messages#forTextFont}). */
    private String plain(String text) {
        return text != null && bundle instanceof PlainPunctuationBundle ? PlainPunctuationBundle.plain(text) : text;
    }
}
