package io.mqttca.console.cloud;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Fetches every page of a list call with the stop rules of {@link Pager}, several pages at a time, and hands each
 * page's new items on as it arrives, in page order. Pages 1 and 2 are fetched one after the other (a service that
 * ignores PageNo shows itself there); then the pages Total guarantees under both of its readings — ⌈Total ÷ page
 * size⌉, which is no more than Total itself — are fetched up to {@code parallelism} at a time; past them, one page at
 * a time, so no more than one page is ever fetched past the end. The rate limiter paces every call, so concurrency
 * only fills the time spent waiting for answers.
 *
 * @param <T> the item type
 */
public final class ConcurrentPager<T> {

    /** Told of each page's items not seen before, in page order, never from two threads at once. */
    @FunctionalInterface
    public interface PageListener<T> {

        /**
         * @param newItems the page's items whose key was not seen on an earlier page
         * @param loaded   the items delivered so far, these included
         * @param expected about how many items the list holds, from the service's Total, or null when unknown
         */
        void page(List<T> newItems, int loaded, Integer expected);
    }

    private final IntFunction<Page<T>> fetchPage;
    private final Function<T, String> key;
    private final int pageSize;
    private final int maxPages;
    private final int parallelism;
    private final Executor executor;
    private final PageListener<T> listener;
    private final BooleanSupplier cancelled;
    private final boolean keepItems;
    private final Set<String> seen = new LinkedHashSet<>();
    private final List<T> items = new ArrayList<>();
    private int loaded;
    private final List<String> requestIds = new ArrayList<>();
    private List<String> previousKeys;
    private Integer total;
    private PagingStop stop;

    /**
     * @param fetchPage   fetches one page (blocking); page numbers start at 1
     * @param parallelism how many pages may be in flight at once (1 or more)
     * @param executor    where pages after the second are fetched
     * @param cancelled   checked before each page is started: true stops paging (the list is then incomplete)
     * @param keepItems   false when only the listener needs the items: the result then holds none, and a long list
     *                    is not held twice in memory while it streams
     */
    public ConcurrentPager(IntFunction<Page<T>> fetchPage, Function<T, String> key, int pageSize, int maxPages,
                           int parallelism, Executor executor, PageListener<T> listener, BooleanSupplier cancelled,
                           boolean keepItems) {
        if (parallelism < 1 || pageSize < 1 || maxPages < 1) {
            throw new IllegalArgumentException("parallelism, pageSize and maxPages must be 1 or more");
        }
        this.fetchPage = fetchPage;
        this.key = key;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.parallelism = parallelism;
        this.executor = executor;
        this.listener = listener;
        this.cancelled = cancelled;
        this.keepItems = keepItems;
    }

    /**
     * Fetches every page (blocking the calling thread); a failed page call fails the whole list. The result holds
     * the items only when they are kept.
     */
    public AllPages<T> fetchAll() {
        int pageNo = 1;
        while (stop == null && pageNo <= 2) {
            accept(pageNo, fetchPage.apply(pageNo));
            pageNo++;
        }
        if (stop == null) {
            pageNo = fetchConcurrently(pageNo, pagesCertainUnderBothReadings());
        }
        while (stop == null) {
            accept(pageNo, fetchPage.apply(pageNo));
            pageNo++;
        }
        return new AllPages<>(items, requestIds, requestIds.size(), total, stop);
    }

    /** ⌈Total ÷ page size⌉, within the page cap: the pages that exist whether Total counts pages or items. */
    private int pagesCertainUnderBothReadings() {
        if (total == null) {
            return 0;
        }
        return (int) Math.min(maxPages, ((long) total + pageSize - 1) / pageSize);
    }

    /** Fetches pages {@code first}..{@code last} a few at a time, taking answers in page order; returns the next. */
    private int fetchConcurrently(int first, int last) {
        Deque<FutureTask<Page<T>>> inFlight = new ArrayDeque<>();
        int next = first;
        int accepted = first;
        while (stop == null && (next <= last || !inFlight.isEmpty())) {
            while (inFlight.size() < parallelism && next <= last && !cancelled.getAsBoolean()) {
                int pageNo = next++;
                FutureTask<Page<T>> page = new FutureTask<>(() -> fetchPage.apply(pageNo));
                inFlight.add(page);
                executor.execute(page);
            }
            if (inFlight.isEmpty()) {
                stop = PagingStop.PAGE_CAP;
                break;
            }
            accept(accepted++, join(inFlight.removeFirst()));
        }
        // Pages past an end signal are not needed; their answers are dropped.
        inFlight.forEach(page -> page.cancel(false));
        return accepted;
    }

    private void accept(int pageNo, Page<T> page) {
        requestIds.add(page.requestId());
        total = page.total() != null ? page.total() : total;
        List<String> keys = page.items().stream().map(key).toList();
        if (keys.isEmpty()) {
            stop = PagingStop.EMPTY_PAGE;
            return;
        }
        if (keys.equals(previousKeys)) {
            stop = PagingStop.REPEATED_PAGE;
            return;
        }
        List<T> fresh = page.items().stream().filter(item -> seen.add(key.apply(item))).toList();
        loaded += fresh.size();
        if (keepItems) {
            items.addAll(fresh);
        }
        listener.page(fresh, loaded, expectedItems());
        previousKeys = keys;
        if (keys.size() < pageSize) {
            stop = PagingStop.SHORT_PAGE;
        } else if (total != null && pageNo >= total) {
            stop = PagingStop.TOTAL_REACHED;
        } else if (pageNo >= maxPages || cancelled.getAsBoolean()) {
            stop = PagingStop.PAGE_CAP;
        }
    }

    /** Total read as items when it could be (at least a page), else as pages. */
    private Integer expectedItems() {
        if (total == null) {
            return null;
        }
        long expected = total >= pageSize ? total : (long) total * pageSize;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(expected, loaded));
    }

    /**
     * The page's answer. A page no worker has started yet is fetched on this thread: the pager itself runs on the
     * pool it hands its pages to, and with every worker waiting for a page behind it in the queue, nothing would
     * ever run (twenty device counts at once on a pool of ten did exactly that).
     */
    private static <P> P join(FutureTask<P> page) {
        page.run();
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a page");
        }
    }
}
