package io.mqttca.console.cloud;

import java.util.List;

/**
 * One page of a list call. {@code total} is passed on as the service sent it: the documentation calls it the number
 * of pages for some list calls and the number of items for others (see {@link AllPages}).
 *
 * @param requestId the RequestId of the call
 * @param total     the service's Total, or {@code null}
 * @param pageNo    the service's PageNo, or {@code null}
 * @param pageSize  the service's PageSize, or {@code null}
 * @param items     the items of this page, never {@code null}
 * @param <T>       the item type
 */
public record Page<T>(String requestId, Integer total, Integer pageNo, Integer pageSize, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }
}
