package io.mqttca.console.ui.activity;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.JournalEntry;
import io.mqttca.console.ui.common.Dates;
import io.mqttca.console.ui.common.UiContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The activity panel: the change journal, newest first, as it was on disk at start-up and then as each change is
 * appended (the journal tells its listeners on the worker thread; entries land through the UI executor).
 */
public final class ActivityViewModel {

    /** How many entries the panel keeps; the journal file keeps them all. */
    static final int SHOWN = 500;

    private final UiContext context;
    private final ChangeJournal journal;
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    private final StringBinding title;
    private final Consumer<JournalEntry> journalListener;

    /** {@code journal} may be null when the window runs without a service. */
    public ActivityViewModel(UiContext context, ChangeJournal journal) {
        this.context = context;
        this.journal = journal;
        this.title = Bindings.createStringBinding(() -> context.format("activity.title", entries.size()), entries);
        this.journalListener = entry -> context.ui().execute(() -> add(entry));
        if (journal != null) {
            journal.addListener(journalListener);
        }
    }

    /** Stops following the journal (the window that showed this panel was closed or rebuilt). */
    public void close() {
        if (journal != null) {
            journal.removeListener(journalListener);
        }
    }

    /** Reads the journal in the background. */
    public void load() {
        if (journal == null) {
            return;
        }
        CompletableFuture.supplyAsync(journal::readAll, context.background()).whenCompleteAsync((all, error) -> {
            if (error == null) {
                List<JournalEntry> newestFirst = new ArrayList<>(all.subList(Math.max(0, all.size() - SHOWN),
                    all.size()));
                Collections.reverse(newestFirst);
                newestFirst.addAll(entries);
                entries.setAll(newestFirst.subList(0, Math.min(SHOWN, newestFirst.size())));
            }
        }, context.ui());
    }

    private void add(JournalEntry entry) {
        entries.add(0, entry);
        if (entries.size() > SHOWN) {
            entries.remove(SHOWN, entries.size());
        }
    }

    /** Copies an entry's RequestId. */
    public void copyRequestId(JournalEntry entry) {
        if (entry != null && entry.requestId() != null) {
            context.clipboard().copy(entry.requestId());
            context.status().message(context.text("activity.copied.requestId"));
        }
    }

    /** Copies an entry as one line of text. */
    public void copyEntry(JournalEntry entry) {
        if (entry != null) {
            context.clipboard().copy(String.join("\t", entry.time().toString(), entry.profile(), entry.instanceId(),
                String.valueOf(entry.action()), entry.sn(), String.valueOf(entry.outcome()),
                entry.code() == null ? "" : entry.code(), entry.requestId() == null ? "" : entry.requestId()));
        }
    }

    public String timeText(JournalEntry entry) {
        return Dates.dateTimeSeconds(entry.time(), context.clock().getZone());
    }

    public String actionText(ChangeAction action) {
        return switch (action) {
            case ACTIVATE_CA -> context.text("activity.action.activateCa");
            case DEACTIVATE_CA -> context.text("activity.action.deactivateCa");
            case DELETE_CA -> context.text("activity.action.deleteCa");
            case REGISTER_CA -> context.text("activity.action.registerCa");
            case ACTIVATE_DEVICE -> context.text("activity.action.activateDevice");
            case DEACTIVATE_DEVICE -> context.text("activity.action.deactivateDevice");
            case DELETE_DEVICE -> context.text("activity.action.deleteDevice");
        };
    }

    public String outcomeText(JournalEntry.Outcome outcome) {
        return outcome == JournalEntry.Outcome.SUCCEEDED ? context.text("activity.outcome.succeeded")
            : context.text("activity.outcome.failed");
    }

    public ObservableList<JournalEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** "Activity (12)". */
    public StringBinding titleBinding() {
        return title;
    }
}
