package io.mqttca.console.cloud;

/** Why fetching every page stopped. Only {@link #PAGE_CAP} means the list may be incomplete. */
public enum PagingStop {
    /** A page held fewer items than the page size: it was the last. */
    SHORT_PAGE,
    /** A page held no items. */
    EMPTY_PAGE,
    /** A full page was page number Total: the end in both readings of Total (pages or items). */
    TOTAL_REACHED,
    /** A page repeated the previous page: the service ignores PageNo, so there is nothing more to get. */
    REPEATED_PAGE,
    /** The safety cap on the number of pages was reached without any other end signal. */
    PAGE_CAP
}
