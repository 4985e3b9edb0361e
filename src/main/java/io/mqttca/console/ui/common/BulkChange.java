package io.mqttca.console.ui.common;

import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.BulkProgress;
import java.util.List;

/** Starts a change over some keys (all of a run's items, or the failed ones on retry) and reports each item. */
@FunctionalInterface
public interface BulkChange {

    BulkOperation start(List<String> keys, BulkProgress progress);
}
