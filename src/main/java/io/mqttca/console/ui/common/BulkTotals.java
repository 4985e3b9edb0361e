package io.mqttca.console.ui.common;

/**
 * Where a bulk run stands over all its attempts: each item counted once, by how its latest attempt ended, so a
 * retry adds to what the first attempt did instead of replacing it.
 *
 * @param total        the items of the run
 * @param succeeded    items whose change succeeded (in any attempt)
 * @param failed       items whose latest attempt failed
 * @param cancelled    items the operator's cancel stopped before they were sent
 * @param notAttempted items never sent because the run stopped as a whole (or is still to reach them)
 * @param attempts     how many times the run was started (1, plus one per retry)
 */
public record BulkTotals(int total, int succeeded, int failed, int cancelled, int notAttempted, int attempts) {

    /** True when every item succeeded. */
    public boolean complete() {
        return succeeded == total;
    }
}
