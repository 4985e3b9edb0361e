package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.Listing;
import io.mqttca.console.service.ListingPages;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.TestRows.Item;
import io.mqttca.console.ui.common.TestRows.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A streaming source: rows appear page by page, the progress line counts them, and a new load cancels the old. */
class RemoteListStreamingTest {

    private final UiContext context = TestContexts.context(new RecordingDialogService(), new RecordingClipboard());
    private final RemoteListModel<Item, Row> model = new RemoteListModel<>(context, new TestRows.Factory());
    private final List<CompletableFuture<Listing<Item>>> loads = new ArrayList<>();
    private final List<ListingPages<Item>> pageSinks = new ArrayList<>();
    private final RemoteListModel.ListSource<Item> source = pages -> {
        CompletableFuture<Listing<Item>> load = new CompletableFuture<>();
        loads.add(load);
        pageSinks.add(pages);
        return load;
    };

    private static List<Item> items(int from, int to) {
        List<Item> items = new ArrayList<>();
        for (int i = from; i < to; i++) {
            items.add(new Item(String.format("%05d", i), "device-" + i));
        }
        return items;
    }

    private static Listing<Item> done() {
        return new Listing<>(List.of(), true, "req-last");
    }

    @Test
    void rowsAppearAsPagesArriveAndTheProgressLineSaysHowManyOfAboutHowMany() {
        model.setStreamingSource(source);
        pageSinks.get(0).page(items(0, 100), 100, 1_000);

        assertEquals(100, model.rows().size(), "the first page shows before the load ends");
        assertTrue(model.loadingProperty().get());
        assertEquals(ListState.READY, model.stateProperty().get());
        assertEquals(context.format("list.progress.loadedOfAbout", 100, 1_000), model.progressTextProperty().get());

        pageSinks.get(0).page(items(100, 200), 200, null);
        assertEquals(context.format("list.progress.loaded", 200), model.progressTextProperty().get());

        loads.get(0).complete(done());
        assertEquals(200, model.rows().size());
        assertFalse(model.loadingProperty().get());
        assertEquals("", model.progressTextProperty().get());
    }

    @Test
    void theFilterWorksWhileTheListLoads() {
        model.setStreamingSource(source);
        pageSinks.get(0).page(items(0, 100), 100, 300);
        model.filterTextProperty().set("device-4");

        pageSinks.get(0).page(items(100, 200), 200, 300);

        // device-4 and device-40..49 from the first page, nothing from the second.
        assertEquals(11, model.filteredRows().size());
        assertEquals(context.format("list.count", 11, 200), model.countTextProperty().get());
    }

    @Test
    void aFilterThatNarrowsNothingYetStillAppliesToRowsThatArriveLater() {
        model.setStreamingSource(source);
        pageSinks.get(0).page(items(0, 10), 10, 20);
        model.filterTextProperty().set("device-");
        assertEquals(10, model.filteredRows().size(), "every row matches so far");

        pageSinks.get(0).page(List.of(new Item("x1", "gateway-1"), new Item("x2", "device-x")), 12, 20);

        assertEquals(11, model.filteredRows().size());
        assertTrue(model.filteredRows().stream().noneMatch(row -> row.key().equals("x1")));
    }

    @Test
    void narrowingThenWideningAgainShowsTheRightRowsEachTime() {
        model.setStreamingSource(source);
        pageSinks.get(0).page(items(0, 30), 30, 30);
        loads.get(0).complete(done());

        model.filterTextProperty().set("device-1");
        assertEquals(11, model.filteredRows().size(), "device-1 and device-10..19");
        model.filterTextProperty().set("device-12");
        assertEquals(1, model.filteredRows().size());
        model.filterTextProperty().set("device-2");
        assertEquals(11, model.filteredRows().size(), "device-2 and device-20..29");
        model.setRowFilter(row -> !row.key().equals("00020"));
        assertEquals(10, model.filteredRows().size());
        model.filterTextProperty().set("");
        assertEquals(29, model.filteredRows().size());
        model.setRowFilter(null);
        assertEquals(30, model.filteredRows().size());
    }

    @Test
    void anotherSourceCancelsTheLoadInFlightAndItsLatePagesGoNowhere() {
        model.setStreamingSource(source);
        pageSinks.get(0).page(items(0, 100), 100, 1_000);

        model.setStreamingSource(source);
        pageSinks.get(0).page(items(100, 200), 200, 1_000);
        pageSinks.get(1).page(items(500, 510), 10, 10);

        assertTrue(loads.get(0).isCancelled(), "the first load is told to stop paging");
        assertEquals(items(500, 510).stream().map(Item::key).toList(), model.rows().stream().map(Row::key).toList());
    }

    @Test
    void aRefreshKeepsTheRowsItListsAgainAndDropsTheOnesItDidNotOnceWhole() {
        model.setStreamingSource(source);
        pageSinks.get(0).page(items(0, 3), 3, 3);
        loads.get(0).complete(done());
        Row first = model.row("00000").orElseThrow();

        model.refresh();
        pageSinks.get(1).page(items(0, 2), 2, 2);
        assertEquals(3, model.rows().size(), "a row not listed yet stays until the load is whole");
        loads.get(1).complete(done());

        assertSame(first, model.row("00000").orElseThrow());
        assertEquals(List.of("00000", "00001"), model.rows().stream().map(Row::key).toList());
    }

    @Test
    void aWholeListAnsweredAtOnceStillLoadsAsBefore() {
        model.setSource(() -> CompletableFuture.completedFuture(Listing.of(items(0, 5))));

        assertEquals(5, model.rows().size());
        assertEquals(ListState.READY, model.stateProperty().get());
    }
}
