package io.mqttca.console.service;

import java.util.List;

/**
 * Every item of a paged list as far as the service let the console read it. {@link #complete()} is false when
 * paging stopped at the client's page cap, so more items may exist than the list holds; the window shows a banner
 * and the command line a warning instead of presenting a cut list as whole.
 *
 * @param items     the items, in service order
 * @param complete  false when the page cap stopped paging
 * @param requestId the RequestId of the last page's answer, or null when no service answered (in memory)
 * @param <T>       the item type
 */
public record Listing<T>(List<T> items, boolean complete, String requestId) {

    public Listing {
        items = List.copyOf(items);
    }

    /** A list no service answered for (no RequestId). */
    public Listing(List<T> items, boolean complete) {
        this(items, complete, null);
    }

    /** A list known to be whole. */
    public static <T> Listing<T> of(List<T> items) {
        return new Listing<>(items, true);
    }

    public int size() {
        return items.size();
    }
}
