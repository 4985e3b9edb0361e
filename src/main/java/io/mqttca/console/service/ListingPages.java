package io.mqttca.console.service;

import java.util.List;

/**
 * Told of a streamed listing's items page by page as they arrive, in service order, on a worker thread and never
 * from two threads at once.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface ListingPages<T> {

    /**
     * @param items    the page's items not delivered before
     * @param loaded   how many items were delivered so far, these included
     * @param expected about how many items the list holds (from the service's Total), or null when unknown
     */
    void page(List<T> items, int loaded, Integer expected);
}
