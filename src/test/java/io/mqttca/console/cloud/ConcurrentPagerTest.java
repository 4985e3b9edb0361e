package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent paging keeps the stop rules of the one-page-at-a-time pager under both readings of Total, hands the
 * pages on in page order, really has several pages in flight, and never asks more than one page past the end.
 */
class ConcurrentPagerTest {

    private static final int SIZE = 10;

    private final ExecutorService executor = Executors.newFixedThreadPool(6);
    private final List<Integer> asked = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> expectedSeen = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A service holding {@code count} items that answers with {@code total}, each answer taking a little while. */
    private IntFunction<Page<String>> service(int count, Integer total) {
        return pageNo -> {
            asked.add(pageNo);
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            List<String> items = IntStream.range((pageNo - 1) * SIZE, Math.min(pageNo * SIZE, count))
                .mapToObj(i -> "sn" + i).toList();
            return new Page<>("req-" + pageNo, total, pageNo, SIZE, items);
        };
    }

    private AllPages<String> fetch(IntFunction<Page<String>> service, AtomicBoolean cancelled, boolean keep) {
        return new ConcurrentPager<>(service, sn -> sn, SIZE, 1_000, 4, executor, (items, loaded, expected) -> {
            delivered.addAll(items);
            expectedSeen.add(expected);
        }, cancelled::get, keep).fetchAll();
    }

    private AllPages<String> fetch(IntFunction<Page<String>> service) {
        return fetch(service, new AtomicBoolean(), true);
    }

    private static List<String> sns(int count) {
        return IntStream.range(0, count).mapToObj(i -> "sn" + i).toList();
    }

    @Test
    void totalAsItemsFetchesThePagesItGuaranteesSeveralAtATimeAndDeliversThemInOrder() {
        AllPages<String> all = fetch(service(205, 205));

        assertEquals(sns(205), delivered, "every item once, in page order");
        assertEquals(sns(205), all.items());
        assertEquals(PagingStop.SHORT_PAGE, all.stop());
        assertEquals(21, all.pagesFetched(), "⌈205 ÷ 10⌉ pages and not one more");
        assertTrue(mostInFlight.get() > 1, "pages were in flight together: " + mostInFlight.get());
        assertEquals(205, expectedSeen.get(expectedSeen.size() - 1));
    }

    @Test
    void totalAsItemsOnAMultipleOfThePageSizeAsksOneEmptyPagePastTheEnd() {
        AllPages<String> all = fetch(service(200, 200));

        assertEquals(200, delivered.size());
        assertEquals(PagingStop.EMPTY_PAGE, all.stop());
        assertEquals(21, asked.size(), "20 full pages and one empty one");
        assertEquals(21, asked.stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    @Test
    void totalAsPagesFetchesOnePageAtATimePastTheGuaranteedOnesAndStopsAtPageTotal() {
        AllPages<String> all = fetch(service(50, 5));

        assertEquals(sns(50), delivered);
        assertEquals(PagingStop.TOTAL_REACHED, all.stop());
        assertEquals(List.of(1, 2, 3, 4, 5), asked.stream().sorted().toList());
        assertEquals(50, expectedSeen.get(expectedSeen.size() - 1), "Total 5 under a full page reads as 5 pages");
    }

    @Test
    void aServiceThatIgnoresPageNoIsCaughtOnTheSecondPageBeforeAnythingRunsInParallel() {
        IntFunction<Page<String>> same = pageNo -> {
            asked.add(pageNo);
            return new Page<>("req-" + pageNo, 1_000, 1, SIZE, sns(SIZE));
        };

        AllPages<String> all = fetch(same);

        assertEquals(PagingStop.REPEATED_PAGE, all.stop());
        assertEquals(List.of(1, 2), asked);
        assertEquals(sns(SIZE), delivered);
    }

    @Test
    void withoutTotalItPagesOneAtATimeUntilAShortPage() {
        AllPages<String> all = fetch(service(35, null));

        assertEquals(sns(35), delivered);
        assertEquals(List.of(1, 2, 3, 4), asked);
        assertEquals(1, mostInFlight.get());
        assertEquals(PagingStop.SHORT_PAGE, all.stop());
    }

    @Test
    void cancellingStopsStartingPagesAndMarksTheListIncomplete() {
        AtomicBoolean cancelled = new AtomicBoolean();
        IntFunction<Page<String>> service = service(10_000, 10_000);
        IntFunction<Page<String>> cancelling = pageNo -> {
            if (pageNo == 3) {
                cancelled.set(true);
            }
            return service.apply(pageNo);
        };

        AllPages<String> all = fetch(cancelling, cancelled, true);

        assertFalse(all.complete());
        assertTrue(asked.size() < 10, "stopped soon after the cancel: " + asked.size() + " pages asked");
    }

    @Test
    void aStreamedListKeepsNoItemsOfItsOwn() {
        AllPages<String> all = fetch(service(55, 55), new AtomicBoolean(), false);

        assertEquals(sns(55), delivered);
        assertTrue(all.items().isEmpty());
    }

    @Test
    void aPagerRunningOnTheOnlyThreadOfItsOwnPoolStillFinishes() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            IntFunction<Page<String>> service = service(95, 95);
            var listed = single.submit(() -> new ConcurrentPager<>(service, sn -> sn, SIZE, 1_000, 4, single,
                (items, loaded, expected) -> delivered.addAll(items), () -> false, false).fetchAll());

            assertEquals(PagingStop.SHORT_PAGE, listed.get(10, java.util.concurrent.TimeUnit.SECONDS).stop());
            assertEquals(sns(95), delivered);
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void aFailedPageFailsTheListWithTheServiceError() {
        IntFunction<Page<String>> service = service(500, 500);
        IntFunction<Page<String>> failing = pageNo -> {
            if (pageNo == 7) {
                throw new IllegalStateException("page 7 failed");
            }
            return service.apply(pageNo);
        };

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> fetch(failing));
        assertEquals("page 7 failed", error.getMessage());
    }
}
