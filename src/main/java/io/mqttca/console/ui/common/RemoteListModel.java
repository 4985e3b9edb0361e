package io.mqttca.console.ui.common;

import io.mqttca.console.service.Listing;
import io.mqttca.console.service.ListingPages;
import io.mqttca.console.service.ServiceFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A list a service loads, apart from the table that shows it: rows merged by key across refreshes (same key, same
 * row object), the filter and its "N of M", the state the placeholder explains, the loading flag, and a banner.
 * An answer to an older load, or to a load of another source, is dropped. A refresh that fails keeps the rows it
 * had and says so in the banner; the error state, with an empty table, is only for a list that has no rows. A
 * listing the page cap cut short shows all it read, with a banner. Answers land through the context's UI executor.
 * A streaming source hands its pages on as they arrive: rows appear page by page (pages that land within one pulse
 * are added together), the progress line says how many of about how many are loaded, and the filter, sorting and
 * selection work meanwhile; a new source or a new load cancels the one in flight.
 *
 * @param <T> the listed item
 * @param <R> the row
 */
public final class RemoteListModel<T, R extends ListRow> {

    private final UiContext context;
    private final RowFactory<T, R> factory;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    // Held once: an unmodifiable view listens weakly, so a view made per call loses its listeners to the GC.
    private final ObservableList<R> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    /**
     * The rows the filter lets through, in service order, kept by hand rather than by a FilteredList: that one
     * re-scans every row and announces a whole new list on each predicate, where typing a further character only
     * needs the rows shown now looked at again (100,000 rows scanned per keystroke cost 30 to 60 ms).
     */
    private final ObservableList<R> shownRows = FXCollections.observableArrayList();
    private final ObservableList<R> readOnlyShownRows = FXCollections.unmodifiableObservableList(shownRows);
    /** What the filter lets through now (null: every row); see {@link #applyFilter()}. */
    private Predicate<R> shown;
    private String shownText = "";
    private Predicate<R> shownRowFilter;
    /** Up to this many rows leaving the filter are removed one by one; more, and the shown list is replaced. */
    private static final int FEW = 256;
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ListState> state = new ReadOnlyObjectWrapper<>(ListState.NO_TARGET);
    private final ReadOnlyObjectWrapper<ServiceFailure> loadFailure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ListBanner> banner = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasSource = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> loadListeners = new ArrayList<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final Map<String, R> rowsByKey = new HashMap<>();
    private final ConcurrentLinkedQueue<StreamedPage<T>> arrivedPages = new ConcurrentLinkedQueue<>();
    private Predicate<R> rowFilter;
    private ListSource<T> source;
    private CompletableFuture<Listing<T>> inFlight;
    private Set<String> seenThisLoad = new HashSet<>();
    private long generation;
    private Instant loadedAt;
    private List<Duration> retryDelays = List.of();
    private int failedRefreshes;

    public RemoteListModel(UiContext context, RowFactory<T, R> factory) {
        this.context = context;
        this.factory = factory;
        filterText.addListener((observable, before, now) -> applyFilter());
        shownRows.addListener((ListChangeListener<R>) change -> updateCount());
        rows.addListener((ListChangeListener<R>) change -> updateCount());
        updateCount();
    }

    /** A list that a service reads, whole or page by page. */
    @FunctionalInterface
    public interface ListSource<T> {

        /** Starts a load; pages may go to {@code pages} before the future completes with the rest (or nothing). */
        CompletableFuture<Listing<T>> load(ListingPages<T> pages);
    }

    private record StreamedPage<T>(long load, List<T> items, int loaded, Integer expected) {
    }

    /** Lists from {@code newSource} from now on (null: nothing to list from), dropping the rows of the old one. */
    public void setSource(Supplier<CompletableFuture<Listing<T>>> newSource) {
        setStreamingSource(newSource == null ? null : pages -> newSource.get());
    }

    /** Lists page by page from {@code newSource} from now on (null: nothing), dropping the rows of the old one. */
    public void setStreamingSource(ListSource<T> newSource) {
        cancelInFlight();
        source = newSource;
        hasSource.set(newSource != null);
        generation++;
        rows.clear();
        shownRows.clear();
        rowsByKey.clear();
        seenThisLoad = new HashSet<>();
        loadFailure.set(null);
        banner.set(null);
        stale.set(false);
        failedRefreshes = 0;
        loading.set(false);
        updateState();
        refresh();
    }

    /** Stops for good (the window closed): answers still on their way and pending retries are dropped. */
    public void stop() {
        cancelInFlight();
        source = null;
        generation++;
        retryDelays = List.of();
    }

    /** Loads again from the source; an answer to an earlier load that arrives later is dropped. */
    public void refresh() {
        if (source == null) {
            return;
        }
        cancelInFlight();
        long load = ++generation;
        seenThisLoad = new HashSet<>();
        loading.set(true);
        progressText.set("");
        updateState();
        context.status().beginWork();
        CompletableFuture<Listing<T>> listed;
        try {
            listed = source.load((items, loaded, expected) -> pageArrived(new StreamedPage<>(load, items, loaded,
                expected)));
        } catch (RuntimeException e) {
            // A source that throws instead of failing its future still ends the work and shows the failure.
            listed = CompletableFuture.failedFuture(e);
        }
        inFlight = listed;
        listed.whenCompleteAsync((listing, error) -> {
            context.status().endWork();
            if (load == generation) {
                inFlight = null;
                takeArrivedPages();
                loaded(listing, error);
            }
        }, context.ui());
    }

    private void cancelInFlight() {
        if (inFlight != null) {
            inFlight.cancel(false);
            inFlight = null;
        }
    }

    /** A page arrived (on a worker thread): queued, and taken on the UI thread with any that arrive meanwhile. */
    private void pageArrived(StreamedPage<T> page) {
        boolean first = arrivedPages.isEmpty();
        arrivedPages.add(page);
        if (first) {
            context.ui().execute(this::takeArrivedPages);
        }
    }

    private void takeArrivedPages() {
        List<T> items = new ArrayList<>();
        StreamedPage<T> last = null;
        for (StreamedPage<T> page = arrivedPages.poll(); page != null; page = arrivedPages.poll()) {
            if (page.load() == generation) {
                items.addAll(page.items());
                last = page;
            }
        }
        if (last != null) {
            add(items);
            progressText.set(last.expected() == null ? context.format("list.progress.loaded", last.loaded())
                : context.format("list.progress.loadedOfAbout", last.loaded(), last.expected()));
            updateState();
        }
    }

    private void loaded(Listing<T> listing, Throwable error) {
        loading.set(false);
        progressText.set("");
        if (error != null) {
            ServiceFailure failure = ErrorReport.failureOf(error, context);
            if (rows.isEmpty()) {
                loadFailure.set(failure);
                banner.set(null);
            } else {
                stale.set(true);
                banner.set(new ListBanner(context.format(retrying() ? "list.banner.refreshFailed.retrying"
                    : "list.banner.refreshFailed", dash(failure.code()), dash(failure.requestId()),
                    Dates.dateTime(loadedAt, context.clock().getZone())), failure));
                retryLater();
            }
        } else {
            loadFailure.set(null);
            stale.set(false);
            failedRefreshes = 0;
            loadedAt = context.clock().instant();
            if (listing.requestId() != null) {
                context.status().requestId(listing.requestId());
            }
            banner.set(listing.complete() ? null
                : new ListBanner(context.format("list.banner.incomplete", listing.size()), null));
            add(listing.items());
            removeUnseen();
        }
        updateState();
        loadListeners.forEach(Runnable::run);
    }

    /**
     * After a refresh that failed while rows were showing, tries again after each of {@code delays} in turn (a
     * dropped connection or a throttled moment usually passes); a success or a new source starts over, and a
     * retry is dropped when a load started since. Without this, only the operator's Retry loads again.
     */
    public void retryFailedRefreshes(List<Duration> delays) {
        retryDelays = List.copyOf(delays);
    }

    private boolean retrying() {
        return failedRefreshes < retryDelays.size();
    }

    private void retryLater() {
        if (!retrying()) {
            return;
        }
        long load = generation;
        Duration delay = retryDelays.get(failedRefreshes++);
        Executor later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, context.ui());
        later.execute(() -> {
            // Only if nothing loaded since: a manual refresh or another instance makes this retry moot.
            if (load == generation && stale.get()) {
                refresh();
            }
        });
    }

    /** Told after every answer that lands (rows merged, or the failure noted): the rows' values may have changed. */
    public void addLoadListener(Runnable listener) {
        loadListeners.add(listener);
    }

    /** Opens the error dialog for the failure the banner tells of (Code, Message, RequestId with copy). */
    public void showBannerDetails() {
        ListBanner shown = banner.get();
        if (shown != null && shown.isFailure()) {
            context.dialogs().showError(ErrorReport.of(context.text("list.refreshFailed.title"), shown.failure()));
        }
    }

    /** Takes the rows with these keys out of the list (they were deleted); the next refresh confirms it. */
    public void removeKeys(Set<String> keys) {
        removeRows(row -> keys.contains(row.key()));
        keys.forEach(rowsByKey::remove);
        updateState();
    }

    /** The row with this key, if it is loaded. */
    public Optional<R> row(String key) {
        return Optional.ofNullable(rowsByKey.get(key));
    }

    /** Shows only the rows {@code filter} accepts, together with the filter text (null: every row). */
    public void setRowFilter(Predicate<R> filter) {
        rowFilter = filter;
        applyFilter();
    }

    /** Empties the filter box. */
    public void clearFilter() {
        filterText.set("");
    }

    /** Updates the rows of keys already listed and adds the rest, in one change of the list. */
    private void add(List<T> items) {
        List<R> added = new ArrayList<>();
        for (T item : items) {
            String key = factory.keyOf(item);
            if (!seenThisLoad.add(key)) {
                continue;
            }
            R row = rowsByKey.get(key);
            if (row != null) {
                factory.update(row, item);
            } else {
                row = factory.create(item);
                rowsByKey.put(key, row);
                added.add(row);
            }
        }
        rows.addAll(added);
        shownRows.addAll(shown == null ? added : added.stream().filter(shown).toList());
    }

    /** After a whole load: the rows it did not list are gone from the service. */
    private void removeUnseen() {
        if (rowsByKey.size() > seenThisLoad.size()) {
            removeRows(row -> !seenThisLoad.contains(row.key()));
            rowsByKey.keySet().retainAll(seenThisLoad);
        }
        // 100,000 keys are not worth keeping once the load is whole.
        seenThisLoad = new HashSet<>();
    }

    /**
     * Applies the filter text and the row filter. A longer text under the same row filter can only narrow, so only
     * the rows shown are looked at again; the table hears of a change only when the rows shown do change (typing
     * "device-" narrows nothing among devices, and tells the table nothing).
     */
    private void applyFilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        Predicate<R> byRow = rowFilter;
        Predicate<R> next;
        if (text.isEmpty()) {
            next = byRow;
        } else {
            next = byRow == null ? row -> row.matches(text) : row -> byRow.test(row) && row.matches(text);
        }
        boolean narrower = byRow == shownRowFilter && text.contains(shownText);
        List<R> candidates = narrower ? shownRows : rows;
        List<R> passing = next == null ? rows : candidates.stream().filter(next).collect(Collectors.toList());
        shown = next;
        shownText = text;
        shownRowFilter = byRow;
        if (!sameRows(passing, shownRows)) {
            if (narrower && shownRows.size() - passing.size() <= FEW) {
                // A few rows dropped out of 100,000: telling the table of a whole new list costs 20 ms more.
                Set<R> dropped = droppedRows(shownRows, passing);
                shownRows.removeIf(dropped::contains);
            } else {
                shownRows.setAll(passing);
            }
        }
        updateState();
    }

    /** The rows of {@code before} that {@code after} (a subsequence of it) lacks. */
    private static <R> Set<R> droppedRows(List<R> before, List<R> after) {
        Set<R> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        int kept = 0;
        for (R row : before) {
            if (kept < after.size() && after.get(kept) == row) {
                kept++;
            } else {
                dropped.add(row);
            }
        }
        return dropped;
    }

    private void removeRows(Predicate<R> gone) {
        rows.removeIf(gone);
        shownRows.removeIf(gone);
    }

    /** Both lists are in service order, so the same rows are the same rows in the same places. */
    private static <R> boolean sameRows(List<R> passing, List<R> shownNow) {
        if (passing.size() != shownNow.size()) {
            return false;
        }
        for (int i = 0; i < passing.size(); i++) {
            if (passing.get(i) != shownNow.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void updateCount() {
        countText.set(context.format("list.count", shownRows.size(), rows.size()));
    }

    private void updateState() {
        if (source == null) {
            state.set(ListState.NO_TARGET);
        } else if (loadFailure.get() != null) {
            state.set(ListState.ERROR);
        } else if (rows.isEmpty()) {
            state.set(loading.get() ? ListState.LOADING : ListState.EMPTY);
        } else if (shownRows.isEmpty()) {
            state.set(ListState.NO_MATCH);
        } else {
            state.set(ListState.READY);
        }
    }

    private static String dash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    /** Every loaded row, in service order. */
    public ObservableList<R> rows() {
        return readOnlyRows;
    }

    /** The rows that pass the filter (the table sorts them). */
    public ObservableList<R> filteredRows() {
        return readOnlyShownRows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** "N of M": rows shown of rows loaded. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** "Loaded 2,300 of about 100,000" while a streaming load runs, else empty. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ListState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the load failed when there are no rows to show (the ERROR state), or null. */
    public ReadOnlyObjectProperty<ServiceFailure> loadFailureProperty() {
        return loadFailure.getReadOnlyProperty();
    }

    /** The note above the rows (refresh failed, list cut short), or null. */
    public ReadOnlyObjectProperty<ListBanner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** True while the rows are those of an earlier load because the last refresh failed. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while there is something to list from. */
    public ReadOnlyBooleanProperty hasSourceProperty() {
        return hasSource.getReadOnlyProperty();
    }
}
