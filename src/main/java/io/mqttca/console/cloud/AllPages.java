package io.mqttca.console.cloud;

import java.util.List;

/**
 * Every item of a paged list, with the RequestId of each page call, how many pages were fetched, the last Total the
 * service reported and why paging stopped. Items are in service order, each key (Sn) once.
 *
 * @param items         the items
 * @param requestIds    the RequestId of every page call, in order
 * @param pagesFetched  the number of page calls made
 * @param reportedTotal the service's Total on the last page, or {@code null}
 * @param stop          why paging stopped
 * @param <T>           the item type
 */
public record AllPages<T>(List<T> items, List<String> requestIds, int pagesFetched, Integer reportedTotal,
                          PagingStop stop) {

    public AllPages {
        items = List.copyOf(items);
        requestIds = List.copyOf(requestIds);
    }

    /** False only when the page cap stopped paging, so more items may exist. */
    public boolean complete() {
        return stop != PagingStop.PAGE_CAP;
    }
}
