package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** When fetching every page stops, whichever way the service means Total. */
class PagerTest {

    private static final int SIZE = 3;

    private final List<Integer> asked = new ArrayList<>();

    /** A service holding {@code count} items, answering with the given Total. */
    private IntFunction<Page<String>> service(int count, Integer total) {
        return pageNo -> {
            asked.add(pageNo);
            List<String> items = IntStream.range((pageNo - 1) * SIZE, Math.min(pageNo * SIZE, count))
                .mapToObj(i -> "sn" + i).toList();
            return new Page<>("req-" + pageNo, total, pageNo, SIZE, items);
        };
    }

    private AllPages<String> fetch(IntFunction<Page<String>> service, int maxPages) {
        return Pager.fetchAll(service, sn -> sn, SIZE, maxPages);
    }

    @Test
    void stopsAtAShortPage() {
        AllPages<String> all = fetch(service(7, null), 100);
        assertEquals(7, all.items().size());
        assertEquals(List.of(1, 2, 3), asked);
        assertEquals(PagingStop.SHORT_PAGE, all.stop());
        assertEquals(List.of("req-1", "req-2", "req-3"), all.requestIds());
        assertTrue(all.complete());
    }

    @Test
    void stopsAtAnEmptyPageWhenTheLastPageWasFull() {
        AllPages<String> all = fetch(service(6, null), 100);
        assertEquals(6, all.items().size());
        assertEquals(List.of(1, 2, 3), asked);
        assertEquals(PagingStop.EMPTY_PAGE, all.stop());
    }

    @Test
    void totalAsPagesStopsAfterTheLastFullPageWithoutAnExtraCall() {
        AllPages<String> all = fetch(service(6, 2), 100);
        assertEquals(6, all.items().size());
        assertEquals(List.of(1, 2), asked);
        assertEquals(PagingStop.TOTAL_REACHED, all.stop());
        assertEquals(2, all.reportedTotal());
    }

    @Test
    void totalAsItemsFetchesEveryItem() {
        AllPages<String> all = fetch(service(8, 8), 100);
        assertEquals(8, all.items().size());
        assertEquals(List.of(1, 2, 3), asked);
        assertEquals(PagingStop.SHORT_PAGE, all.stop());
    }

    @Test
    void totalAsItemsOnAMultipleOfThePageSizeCostsOneEmptyPage() {
        AllPages<String> all = fetch(service(6, 6), 100);
        assertEquals(6, all.items().size());
        assertEquals(List.of(1, 2, 3), asked);
        assertEquals(PagingStop.EMPTY_PAGE, all.stop());
    }

    @Test
    void aServiceRepeatingTheSameFullPageStopsAfterTheRepeat() {
        IntFunction<Page<String>> ignoresPageNo = pageNo -> {
            asked.add(pageNo);
            return new Page<>("r", null, 1, SIZE, List.of("a", "b", "c"));
        };
        AllPages<String> all = fetch(ignoresPageNo, 100);
        assertEquals(List.of("a", "b", "c"), all.items());
        assertEquals(List.of(1, 2), asked);
        assertEquals(PagingStop.REPEATED_PAGE, all.stop());
    }

    @Test
    void aServiceWithEndlessFullPagesAndNoTotalStopsAtTheCap() {
        AllPages<String> all = fetch(service(Integer.MAX_VALUE, null), 5);
        assertEquals(15, all.items().size());
        assertEquals(5, all.pagesFetched());
        assertEquals(PagingStop.PAGE_CAP, all.stop());
        assertFalse(all.complete());
    }

    @Test
    void aServiceWithEndlessFullPagesStopsAtTotalPagesWhateverTotalMeans() {
        AllPages<String> all = fetch(service(Integer.MAX_VALUE, 4), 10_000);
        assertEquals(4, all.pagesFetched());
        assertEquals(PagingStop.TOTAL_REACHED, all.stop());
    }

    @Test
    void keepsEachSnOnceWhenTheListShiftsBetweenPages() {
        IntFunction<Page<String>> shifting = pageNo -> pageNo == 1
            ? new Page<>("r1", null, 1, SIZE, List.of("a", "b", "c"))
            : new Page<>("r2", null, 2, SIZE, List.of("c", "d"));
        assertEquals(List.of("a", "b", "c", "d"), fetch(shifting, 100).items());
    }
}
