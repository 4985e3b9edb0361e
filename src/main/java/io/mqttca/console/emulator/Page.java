package io.mqttca.console.emulator;

import java.util.List;

/**
 * One page of a list, with the total number of items (not pages) across all pages.
 *
 * @param items    the items on this page, in the store's stable order
 * @param total    how many items all pages hold together
 * @param pageNo   the page asked for, from 1
 * @param pageSize the page size asked for
 */
public record Page<T>(List<T> items, int total, int pageNo, int pageSize) {

    public Page {
        items = List.copyOf(items);
    }
}
