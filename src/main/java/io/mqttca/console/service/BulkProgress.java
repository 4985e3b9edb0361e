package io.mqttca.console.service;

/** Told of each finished item of a bulk change, on a worker thread. */
@FunctionalInterface
public interface BulkProgress {

    /** Reports one finished item; {@code done} counts items finished so far, out of {@code total}. */
    void itemDone(ItemResult result, int done, int total);

    /** A listener that ignores progress. */
    static BulkProgress none() {
        return (result, done, total) -> { };
    }
}
