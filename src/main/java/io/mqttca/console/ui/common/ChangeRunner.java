package io.mqttca.console.ui.common;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ItemResult;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs a change over table rows, one row or many, the same way: the rows show what runs on them, a
 * {@link BulkRunViewModel} does the work, and the screen hears the results. Several rows get the progress dialog;
 * one row gets none, and its failure opens the error dialog (Code, Message, RequestId) once the rows are updated.
 * The status bar says what the whole run did, over the first attempt and every retry.
 */
public final class ChangeRunner {

    private final UiContext context;
    private final ActionTexts texts;
    private final Runnable busyChanged;

    /** {@code busyChanged} is told when rows became busy or idle (the screen's actions follow the rows). */
    public ChangeRunner(UiContext context, Runnable busyChanged) {
        this.context = context;
        this.texts = new ActionTexts(context);
        this.busyChanged = busyChanged;
    }

    /**
     * Starts {@code change} over {@code rows}, named by {@code name}; {@code finished} gets the results of the first
     * run and of every retry, after the rows are idle again. Returns the started run.
     */
    public <R extends ListRow> BulkRunViewModel run(ChangeAction action, List<R> rows, Function<R, String> name,
                                                    BulkChange change, Consumer<List<ItemResult>> finished) {
        Map<String, R> byKey = rows.stream().collect(Collectors.toMap(ListRow::key, row -> row, (a, b) -> a));
        List<BulkItem> items = rows.stream().map(row -> new BulkItem(row.key(), name.apply(row)))
            .collect(Collectors.toList());
        boolean single = items.size() == 1;
        BulkRunViewModel run = new BulkRunViewModel(context, action, items, change, new BulkRunViewModel.Listener() {
            @Override
            public void started(List<String> keys) {
                keys.stream().map(byKey::get).filter(row -> row != null)
                    .forEach(row -> row.activity().set(texts.running(action)));
                busyChanged.run();
            }

            @Override
            public void finished(List<ItemResult> results, BulkTotals totals) {
                byKey.values().forEach(row -> row.activity().set(null));
                busyChanged.run();
                finished.accept(results);
                if (single) {
                    results.stream().filter(result -> !result.succeeded()).findFirst().ifPresentOrElse(
                        result -> showFailure(action, result),
                        () -> context.status().message(texts.succeeded(action, items.get(0).name(), 1)));
                } else {
                    context.status().message(texts.runFinished(action, totals));
                }
            }
        });
        run.start();
        if (!single) {
            context.dialogs().showCustom(new BulkRunDialog(run));
        }
        return run;
    }

    private void showFailure(ChangeAction action, ItemResult result) {
        context.status().requestId(result.requestId());
        context.status().message(texts.failureTitle(action));
        context.dialogs().showError(ErrorReport.of(texts.failureTitle(action), result.failure()));
    }
}
