package io.mqttca.console.ui.certificates;

import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fills the Devices column in the background, never blocking the table: each row once for as long as the list
 * shows the instance (rows keep their identity across refreshes, so the count is cached with the list), the rows
 * on screen first and then the rest in list order, at most {@link #AT_ONCE} counts at a time, because a count pages
 * through the CA's device certificates and an instance with thousands of CAs must not take the account's whole
 * rate limit from the scripts sharing it.
 */
final class DeviceCounts {

    static final int AT_ONCE = 2;

    private final UiContext context;
    private final Supplier<InstanceTarget> target;
    private final Deque<CertificateRow> waiting = new ArrayDeque<>();
    private final Deque<CertificateRow> onScreen = new ArrayDeque<>();
    private int running;
    private long generation;

    DeviceCounts(UiContext context, Supplier<InstanceTarget> target) {
        this.context = context;
        this.target = target;
    }

    /** Another instance (or none): counts on their way are dropped. */
    void reset() {
        generation++;
        waiting.clear();
        onScreen.clear();
        running = 0;
    }

    /** Queues the rows not counted yet (UI thread). */
    void rowsLoaded(List<CertificateRow> rows) {
        for (CertificateRow row : rows) {
            if (row.deviceCount() == null) {
                row.setDeviceCount(DeviceCount.PENDING);
                waiting.add(row);
            }
        }
        startNext();
    }

    /** A row waiting for its count is on screen: it is counted before the rows the operator cannot see. */
    void shownOnScreen(CertificateRow row) {
        if (waiting.remove(row)) {
            onScreen.add(row);
            startNext();
        }
    }

    private void startNext() {
        InstanceTarget current = target.get();
        while (current != null && running < AT_ONCE && !(waiting.isEmpty() && onScreen.isEmpty())) {
            CertificateRow row = onScreen.isEmpty() ? waiting.poll() : onScreen.poll();
            long counting = generation;
            running++;
            current.service().countDeviceCertificates(current.instanceId(), row.sn())
                .whenCompleteAsync((count, error) -> {
                    if (counting != generation) {
                        return;
                    }
                    running--;
                    row.setDeviceCount(error == null ? DeviceCount.of(count)
                        : DeviceCount.failed(ErrorReport.failureOf(error, context).code()));
                    startNext();
                }, context.ui());
        }
    }
}
