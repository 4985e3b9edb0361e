package io.mqttca.console.ui;

import io.mqttca.console.ui.common.ClipboardService;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.UiContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** UI contexts for view-model tests: English, same-thread executors, a fixed clock. */
public final class TestContexts {

    /** The fixed "now" of the view-model tests. */
    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestContexts() {
    }

    public static UiContext context(RecordingDialogService dialogs, RecordingClipboard clipboard) {
        return new UiContext(Messages.bundle(Locale.ENGLISH), Runnable::run, Runnable::run, dialogs, clipboard,
            new StatusModel(), CLOCK);
    }

    /** As {@link #context(RecordingDialogService, RecordingClipboard)}, with another clock (another zone, say). */
    public static UiContext context(RecordingDialogService dialogs, RecordingClipboard clipboard, Clock clock) {
        return new UiContext(Messages.bundle(Locale.ENGLISH), Runnable::run, Runnable::run, dialogs, clipboard,
            new StatusModel(), clock);
    }

    /** A clipboard that remembers what was copied. */
    public static final class RecordingClipboard implements ClipboardService {
        public final List<String> copied = new ArrayList<>();

        @Override
        public void copy(String text) {
            copied.add(text);
        }

        public String last() {
            return copied.isEmpty() ? null : copied.get(copied.size() - 1);
        }
    }
}
