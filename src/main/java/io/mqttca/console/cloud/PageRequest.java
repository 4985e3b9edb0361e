package io.mqttca.console.cloud;

/**
 * Which page of a list call to fetch: {@code pageNo} from 1, {@code pageSize} from 1 to 100. The client checks the
 * ranges before sending.
 *
 * @param pageNo   the page number, first page = 1
 * @param pageSize the number of items per page, 1–100
 */
public record PageRequest(int pageNo, int pageSize) {

    /** The largest page size the service accepts. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The first page with the largest page size. */
    public static PageRequest first() {
        return new PageRequest(1, MAX_PAGE_SIZE);
    }
}
