package io.mqttca.console.ui.activity;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.JournalEntry;
import io.mqttca.console.ui.common.Dates;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The activity panel: the change journal, newest first, as it was on disk at start-up and then as each change is
 * appended (the journal tells its listeners on the worker thread; entries land through the UI executor). By default
 * it shows the selected instance's entries made over the selected connection (same profile name or same endpoint),
 * and nothing while no instance is selected; "all connections" shows every entry.
 */
public final class ActivityViewModel {

    /** How many entries the panel shows; the journal files keep more. */
    static final int SHOWN = 500;
    /** How many entries the panel holds to filter from (the journal's own bound is about this size). */
    static final int HELD = 30_000;

    private final UiContext context;
    private final ChangeJournal journal;
    /** Every entry held, newest first. */
    private final List<JournalEntry> held = new ArrayList<>();
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    // Held once: an unmodifiable view listens weakly, so a view made per call loses its listeners to the GC.
    private final ObservableList<JournalEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final StringBinding title;
    private final Consumer<JournalEntry> journalListener;
    private final StringBinding emptyText;
    private final SimpleObjectProperty<InstanceTarget> target = new SimpleObjectProperty<>();

    /** {@code journal} may be null when the window runs without a service. */
    public ActivityViewModel(UiContext context, ChangeJournal journal) {
        this.context = context;
        this.journal = journal;
        this.title = Bindings.createStringBinding(() -> context.format("activity.title", entries.size()), entries);
        this.journalListener = entry -> context.ui().execute(() -> add(entry));
        if (journal != null) {
            journal.addListener(journalListener);
        }
        this.emptyText = Bindings.createStringBinding(this::emptyText, showAll, target);
        showAll.addListener((observable, before, all) -> refilter());
    }

    /** Stops following the journal (the window that showed this panel was closed or rebuilt). */
    public void close() {
        if (journal != null) {
            journal.removeListener(journalListener);
        }
    }

    /** Follows the instance the window works on (null: none selected). */
    public void showInstance(InstanceTarget newTarget) {
        target.set(newTarget);
        refilter();
    }

    /** Whether every entry shows, rather than the selected connection's and instance's. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** Reads the journal in the background. */
    public void load() {
        if (journal == null) {
            return;
        }
        CompletableFuture.supplyAsync(journal::readAll, context.background()).whenCompleteAsync((all, error) -> {
            if (error == null) {
                List<JournalEntry> newestFirst = new ArrayList<>(all.subList(Math.max(0, all.size() - HELD),
                    all.size()));
                Collections.reverse(newestFirst);
                // An entry appended while the files were read arrives both ways.
                newestFirst.removeAll(held);
                held.addAll(newestFirst);
                trim(held, HELD);
                refilter();
            }
        }, context.ui());
    }

    private void add(JournalEntry entry) {
        held.add(0, entry);
        trim(held, HELD);
        if (shows(entry)) {
            entries.add(0, entry);
            trim(entries, SHOWN);
        }
    }

    private void refilter() {
        List<JournalEntry> shown = new ArrayList<>();
        for (JournalEntry entry : held) {
            if (shown.size() == SHOWN) {
                break;
            }
            if (shows(entry)) {
                shown.add(entry);
            }
        }
        entries.setAll(shown);
    }

    private boolean shows(JournalEntry entry) {
        if (showAll.get()) {
            return true;
        }
        InstanceTarget current = target.get();
        return current != null && Objects.equals(entry.instanceId(), current.instanceId())
            && (Objects.equals(entry.profile(), current.service().profileName())
                || Objects.equals(entry.endpoint(), current.service().endpoint()));
    }

    private String emptyText() {
        if (showAll.get()) {
            return context.text("activity.empty");
        }
        InstanceTarget current = target.get();
        return current == null ? context.text("activity.empty.noInstance")
            : context.format("activity.empty.instance", current.instanceId());
    }

    private static void trim(List<JournalEntry> list, int size) {
        if (list.size() > size) {
            list.subList(size, list.size()).clear();
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
            context.clipboard().copy(String.join("\t", timeText(entry), entry.profile(), entry.instanceId(),
                String.valueOf(entry.action()), entry.sn(), String.valueOf(entry.outcome()),
                entry.code() == null ? "" : entry.code(), entry.requestId() == null ? "" : entry.requestId()));
        }
    }

    public String timeText(JournalEntry entry) {
        return Dates.dateTime(entry.time(), context.clock().getZone());
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
        return readOnlyEntries;
    }

    /** "Activity (12)": the number of entries shown. */
    public StringBinding titleBinding() {
        return title;
    }

    /** What the empty table says, for the current scope. */
    public StringBinding emptyTextBinding() {
        return emptyText;
    }
}
