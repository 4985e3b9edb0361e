package io.mqttca.console.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.TestRows.Item;
import io.mqttca.console.ui.common.TestRows.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeRunnerTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final UiContext context = TestContexts.context(dialogs, new RecordingClipboard());
    private final List<String> busyChanges = new ArrayList<>();
    private final ChangeRunner runner = new ChangeRunner(context, () -> busyChanges.add("changed"));
    private final FakeChange change = new FakeChange(ChangeAction.DELETE_DEVICE);
    private final List<List<ItemResult>> finished = new ArrayList<>();
    private final Row door1 = new Row(new Item("d1", "door-1"));
    private final Row door2 = new Row(new Item("d2", "door-2"));

    @Test
    void oneRowRunsWithoutTheProgressDialog() {
        runner.run(ChangeAction.DELETE_DEVICE, List.of(door1), Row::name, change, finished::add);

        assertEquals(List.of(List.of("d1")), change.runs);
        assertTrue(dialogs.customDialogs.isEmpty());
        assertTrue(finished.get(0).get(0).succeeded());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void theFailureOfOneRowOpensTheErrorDialogWithCodeAndRequestId() {
        change.failing.add("d1");
        runner.run(ChangeAction.DELETE_DEVICE, List.of(door1), Row::name, change, finished::add);

        assertEquals(1, dialogs.errors.size());
        assertEquals("Device certificate delete failed", dialogs.errors.get(0).title());
        assertEquals("PermissionCheckFailed", dialogs.errors.get(0).failure().code());
        assertEquals("REQ-F-d1", context.status().lastRequestIdProperty().get());
        assertEquals(1, finished.size(), "the rows were updated before the dialog");
    }

    @Test
    void severalRowsOpenTheProgressDialogAndListTheirFailuresThere() {
        change.failing.add("d2");
        BulkRunViewModel run = runner.run(ChangeAction.DELETE_DEVICE, List.of(door1, door2), Row::name, change,
            finished::add);

        assertSame(run, dialogs.lastCustom(BulkRunDialog.class).run());
        assertEquals("door-2", run.items().get(1).name());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void rowsShowTheRunningTextUntilTheChangeEnds() {
        change.holding();
        runner.run(ChangeAction.DELETE_DEVICE, List.of(door1, door2), Row::name, change, finished::add);

        assertEquals("Deleting device certificate\u2026", door1.activity().textProperty().get());
        assertTrue(door2.isBusy());
        change.finish();
        assertFalse(door1.isBusy() || door2.isBusy());
        assertEquals(2, busyChanges.size());
    }

    @Test
    void theProgressDialogRefusesToCloseWhileTheRunGoesOnAndCancelsIt() {
        change.holding();
        BulkRunViewModel run = runner.run(ChangeAction.DELETE_DEVICE, List.of(door1, door2), Row::name, change,
            finished::add);
        BulkRunDialog dialog = dialogs.lastCustom(BulkRunDialog.class);

        assertFalse(dialog.mayClose());
        assertTrue(run.cancellingProperty().get());
        change.finish();
        assertTrue(dialog.mayClose());
    }
}
