package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.service.ItemResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The output contract of every change command ({@code ca} and {@code device}): item lines, JSON items, summary. */
final class ChangeOutput {

    private ChangeOutput() {
    }

    /** {@code OK <sn>  RequestId=…} or {@code FAILED <sn>  Code=…  RequestId=…  <explanation>}. */
    static String line(String sn, ItemResult result, String explanation) {
        if (result.succeeded()) {
            return "OK      " + sn + "  RequestId=" + result.requestId();
        }
        return "FAILED  " + sn + "  Code=" + result.failure().code() + "  RequestId="
            + (result.requestId() == null ? "-" : result.requestId()) + "  " + explanation;
    }

    /** The JSON fields every item has: {@code sn, action, outcome, requestId, code, message}. */
    static ObjectNode item(ObjectNode node, String sn, ItemResult result) {
        node.put("sn", sn);
        node.put("action", result.action().name());
        node.put("outcome", result.succeeded() ? "SUCCEEDED" : "FAILED");
        node.put("requestId", result.requestId());
        node.put("code", result.succeeded() ? null : result.failure().code());
        node.put("message", result.succeeded() ? null : result.failure().message());
        return node;
    }

    /** {@code N succeeded, M failed in T s} (on stderr with --json); the exit code: 0, or 3 when any failed. */
    static int summary(List<ItemResult> results, long startNanos, PrintWriter to) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long failed = results.stream().filter(result -> !result.succeeded()).count();
        to.println(String.format(Locale.ROOT, "%d succeeded, %d failed in %.2f s", results.size() - failed, failed,
            seconds));
        return failed == 0 ? 0 : CaCommand.EXIT_FAILED;
    }
}
