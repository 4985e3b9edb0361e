package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.Listing;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.TestRows.Item;
import io.mqttca.console.ui.common.TestRows.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RemoteListModelTest {

    private static final Item ALPHA = new Item("01", "alpha");
    private static final Item BETA = new Item("02", "beta");
    private static final Item GAMMA = new Item("03", "gamma");

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final UiContext context = TestContexts.context(dialogs, new RecordingClipboard());
    private final RemoteListModel<Item, Row> model = new RemoteListModel<>(context, new TestRows.Factory());
    private final List<CompletableFuture<Listing<Item>>> loads = new ArrayList<>();
    private final Supplier<CompletableFuture<Listing<Item>>> source = () -> {
        CompletableFuture<Listing<Item>> load = new CompletableFuture<>();
        loads.add(load);
        return load;
    };

    private static ServiceException failure(String code, String requestId) {
        return new ServiceException(new ServiceFailure(FailureKind.SERVER, code, "The service said no.", requestId,
            403, "The key may not do this.", "Use another key."), null);
    }

    private void loadedWith(Item... items) {
        model.setSource(source);
        loads.get(loads.size() - 1).complete(Listing.of(List.of(items)));
    }

    @Test
    void withoutASourceTheListHasNoTargetAndLoadsNothing() {
        model.refresh();

        assertEquals(ListState.NO_TARGET, model.stateProperty().get());
        assertTrue(loads.isEmpty());
    }

    @Test
    void aRunningFirstLoadIsTheLoadingState() {
        model.setSource(source);

        assertEquals(ListState.LOADING, model.stateProperty().get());
        assertTrue(model.loadingProperty().get());
        assertTrue(context.status().busyBinding().get());
    }

    @Test
    void aRefreshKeepsTheRowObjectOfEveryKeyAndUpdatesIt() {
        loadedWith(ALPHA, BETA);
        Row alpha = model.rows().get(0);

        model.refresh();
        loads.get(1).complete(Listing.of(List.of(new Item("01", "alpha renamed"), GAMMA)));

        assertSame(alpha, model.row("01").orElseThrow());
        assertEquals("alpha renamed", alpha.name());
        assertEquals(List.of("01", "03"), model.rows().stream().map(Row::key).toList());
    }

    @Test
    void theFilterCountsRowsShownOfRowsLoaded() {
        loadedWith(ALPHA, BETA, GAMMA);
        model.filterTextProperty().set("  A ");

        assertEquals(List.of("01", "02", "03"), model.filteredRows().stream().map(Row::key).toList());
        model.filterTextProperty().set("mm");
        assertEquals("1 of 3", model.countTextProperty().get());
        model.filterTextProperty().set("zzz");
        assertEquals(ListState.NO_MATCH, model.stateProperty().get());
        model.clearFilter();
        assertEquals("3 of 3", model.countTextProperty().get());
    }

    @Test
    void anAnswerToAnOlderLoadThatArrivesLaterIsDropped() {
        model.setSource(source);
        model.refresh();

        loads.get(1).complete(Listing.of(List.of(BETA)));
        loads.get(0).complete(Listing.of(List.of(ALPHA, GAMMA)));

        assertEquals(List.of("02"), model.rows().stream().map(Row::key).toList());
        assertFalse(model.loadingProperty().get());
        assertFalse(context.status().busyBinding().get(), "the dropped answer still ends its work");
    }

    @Test
    void anAnswerForTheSourceBeforeIsDroppedAfterTheSourceChanged() {
        model.setSource(source);
        model.setSource(null);

        loads.get(0).complete(Listing.of(List.of(ALPHA)));

        assertTrue(model.rows().isEmpty());
        assertEquals(ListState.NO_TARGET, model.stateProperty().get());
    }

    @Test
    void aFailedRefreshKeepsTheRowsAndTellsOfTheFailureInTheBanner() {
        loadedWith(ALPHA, BETA);
        model.refresh();
        loads.get(1).completeExceptionally(failure("PermissionCheckFailed", "REQ-9"));

        assertEquals(2, model.rows().size());
        assertEquals(ListState.READY, model.stateProperty().get());
        assertNull(model.loadFailureProperty().get());
        ListBanner banner = model.bannerProperty().get();
        assertEquals("REQ-9", banner.failure().requestId());
        assertTrue(banner.text().contains("PermissionCheckFailed") && banner.text().contains("REQ-9"),
            banner.text());
    }

    @Test
    void aFailedLoadWithNoRowsIsTheErrorState() {
        model.setSource(source);
        loads.get(0).completeExceptionally(failure("Throttling.User", "REQ-1"));

        assertEquals(ListState.ERROR, model.stateProperty().get());
        assertEquals("Throttling.User", model.loadFailureProperty().get().code());
        assertNull(model.bannerProperty().get());
    }

    @Test
    void aSuccessfulRefreshTakesTheFailureBannerAway() {
        loadedWith(ALPHA);
        model.refresh();
        loads.get(1).completeExceptionally(failure("Throttling.User", "REQ-2"));
        model.refresh();
        loads.get(2).complete(Listing.of(List.of(ALPHA)));

        assertNull(model.bannerProperty().get());
    }

    @Test
    void afterStopAnAnswerOnItsWayChangesNothingAndRefreshSendsNothing() {
        loadedWith(ALPHA);
        model.refresh();
        model.stop();
        loads.get(1).complete(Listing.of(List.of(ALPHA, BETA, GAMMA)));
        model.refresh();

        assertEquals(1, model.rows().size(), "the late answer was dropped");
        assertEquals(2, loads.size(), "nothing more was asked for");
    }

    @Test
    void aListingsRequestIdReachesTheStatusBar() {
        model.setSource(source);
        loads.get(0).complete(new Listing<>(List.of(ALPHA), true, "REQ-LIST"));

        assertEquals("REQ-LIST", context.status().lastRequestIdProperty().get());
    }

    @Test
    void aListenerOnTheRowsKeepsHearingAfterAGarbageCollection() {
        assertSame(model.rows(), model.rows(), "one view, not a new weakly listening view per call");
        List<Integer> sizes = new ArrayList<>();
        model.rows().addListener((ListChangeListener<Row>) change -> sizes.add(model.rows().size()));
        System.gc();
        loadedWith(ALPHA, BETA);

        assertFalse(sizes.isEmpty(), "the listener heard the load");
    }

    @Test
    void anIncompleteListingShowsWhatWasReadWithABanner() {
        model.setSource(source);
        loads.get(0).complete(new Listing<>(List.of(ALPHA, BETA), false));

        assertEquals(2, model.rows().size());
        ListBanner banner = model.bannerProperty().get();
        assertFalse(banner.isFailure());
        assertTrue(banner.text().startsWith("Only the first 2 are shown"), banner.text());
    }

    @Test
    void aSourceThatThrowsIsAFailedLoadAndEndsItsWork() {
        model.setSource(() -> {
            throw new IllegalStateException("not connected");
        });

        assertEquals(ListState.ERROR, model.stateProperty().get());
        assertFalse(context.status().busyBinding().get());
    }

    @Test
    void theBannerDetailsOpenTheErrorDialogWithTheFailure() {
        loadedWith(ALPHA);
        model.refresh();
        loads.get(1).completeExceptionally(failure("PermissionCheckFailed", "REQ-3"));
        model.showBannerDetails();

        assertEquals(1, dialogs.errors.size());
        assertEquals("REQ-3", dialogs.errors.get(0).failure().requestId());
    }

    @Test
    void removedKeysLeaveTheListAndTheSelection() {
        loadedWith(ALPHA, BETA);
        RowSelection<Row> selection = new RowSelection<>(model);
        selection.set(List.copyOf(model.rows()), model.rows().get(0));

        model.removeKeys(Set.of("01"));

        assertEquals(List.of("02"), selection.selected().stream().map(Row::key).toList());
        assertNull(selection.currentProperty().get());
    }

    @Test
    void aRememberedKeyIsOfferedForSelectionOnceItsRowIsLoaded() {
        RowSelection<Row> selection = new RowSelection<>(model);
        selection.selectWhenLoaded("02");
        assertNull(selection.rowToSelectProperty().get());

        loadedWith(ALPHA, BETA);

        assertEquals("02", selection.rowToSelectProperty().get().key());
    }
}
