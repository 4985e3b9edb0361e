package io.mqttca.console.cloud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Fetches every page of a list call although the service's {@code Total} is documented both as a page count and as
 * an item count. Paging ends at the first of:
 * <ul>
 *   <li>an empty page, or a short page (fewer items than the page size) — the usual end;</li>
 *   <li>a page that repeats the previous one — the service ignores PageNo, nothing more will come;</li>
 *   <li>a full page whose number is ≥ Total — if Total counts pages this is the last page; if it counts items,
 *       Total full pages already hold ≥ Total items; so it is the end under both readings, and a lying Total can
 *       never make the loop run longer than Total pages;</li>
 *   <li>a hard cap on the number of pages (for a service that sends neither Total nor a short page).</li>
 * </ul>
 * When Total counts items and is a multiple of the page size this costs one extra call that returns an empty page.
 * Items are kept once per key (Sn) in case the list shifted between pages.
 */
final class Pager {

    /** The default cap: 10,000 pages of 100, far beyond any real certificate list. */
    static final int DEFAULT_MAX_PAGES = 10_000;

    private Pager() {
    }

    static <T> AllPages<T> fetchAll(IntFunction<Page<T>> fetchPage, Function<T, String> key, int pageSize,
                                    int maxPages) {
        Map<String, T> items = new LinkedHashMap<>();
        List<String> requestIds = new ArrayList<>();
        List<String> previousKeys = null;
        Integer total = null;
        for (int pageNo = 1; ; pageNo++) {
            Page<T> page = fetchPage.apply(pageNo);
            requestIds.add(page.requestId());
            total = page.total() != null ? page.total() : total;
            List<String> keys = page.items().stream().map(key).toList();
            if (keys.isEmpty()) {
                return done(items, requestIds, total, PagingStop.EMPTY_PAGE);
            }
            if (keys.equals(previousKeys)) {
                return done(items, requestIds, total, PagingStop.REPEATED_PAGE);
            }
            page.items().forEach(item -> items.putIfAbsent(key.apply(item), item));
            if (keys.size() < pageSize) {
                return done(items, requestIds, total, PagingStop.SHORT_PAGE);
            }
            if (total != null && pageNo >= total) {
                return done(items, requestIds, total, PagingStop.TOTAL_REACHED);
            }
            if (pageNo >= maxPages) {
                return done(items, requestIds, total, PagingStop.PAGE_CAP);
            }
            previousKeys = keys;
        }
    }

    private static <T> AllPages<T> done(Map<String, T> items, List<String> requestIds, Integer total,
                                        PagingStop stop) {
        return new AllPages<>(new ArrayList<>(items.values()), requestIds, requestIds.size(), total, stop);
    }
}
