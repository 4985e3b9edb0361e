package io.mqttca.console.ui.common;

import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.ui.common.BulkRunViewModel.Item;
import java.util.Objects;

/**
 * The words for one item of a bulk run: the line under its name in the dialog, and the report copied for support
 * (name, Sn, outcome, Code, Message, RequestId and what to do).
 */
final class BulkItemTexts {

    private final UiContext context;

    BulkItemTexts(UiContext context) {
        this.context = context;
    }

    /** The line(s) under the item's name for the outcome it has now. */
    String detail(Item item) {
        ServiceFailure failure = item.failure();
        return switch (item.outcome()) {
            case PENDING -> "";
            case SUCCEEDED -> context.format("bulk.item.succeeded", dash(item.requestId()));
            case CANCELLED -> context.text("bulk.item.cancelled");
            case NOT_ATTEMPTED -> context.format("bulk.item.notAttempted", context.explanation(failure))
                + "\n" + context.format("bulk.item.whatToDo", context.whatToDo(failure));
            case FAILED -> context.format("bulk.item.failed", dash(failure.code()), dash(context.message(failure)),
                dash(failure.requestId())) + explanation(failure)
                + "\n" + context.format("bulk.item.whatToDo", context.whatToDo(failure));
        };
    }

    /** The text copied for the item: what the dialog shows, plus the facts support asks for one per line. */
    String report(Item item) {
        StringBuilder text = new StringBuilder(item.name()).append(" (Sn ").append(item.key()).append(")\n")
            .append(outcome(item));
        ServiceFailure failure = item.failure();
        if (failure != null) {
            text.append('\n').append(failure.supportText());
            text.append('\n').append(context.format("bulk.item.whatToDo", context.whatToDo(failure)));
        } else if (item.requestId() != null) {
            text.append("\nRequestId: ").append(item.requestId());
        }
        return text.toString();
    }

    private String outcome(Item item) {
        return context.text(switch (item.outcome()) {
            case PENDING -> "bulk.outcome.pending";
            case SUCCEEDED -> "bulk.outcome.succeeded";
            case FAILED -> "bulk.outcome.failed";
            case CANCELLED -> "bulk.outcome.cancelled";
            case NOT_ATTEMPTED -> "bulk.outcome.notAttempted";
        });
    }

    /** The plain-words explanation on its own line, unless it only repeats the Message. */
    private String explanation(ServiceFailure failure) {
        String explanation = context.explanation(failure);
        return explanation == null || explanation.isEmpty() || Objects.equals(failure.explanation(), failure.message())
            ? ""
            : "\n" + explanation;
    }

    private static String dash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
