package io.mqttca.console.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.JournalEntry;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityViewModelTest {

    @TempDir
    Path dir;

    private static JournalEntry entry(String sn, String requestId) {
        return JournalEntry.of(Instant.parse("2026-11-28T10:00:00Z"), "Local sandbox", "http://127.0.0.1:1",
            "post-cn-a", ItemResult.success(sn, ChangeAction.ACTIVATE_CA, requestId));
    }

    @Test
    void showsTheJournalNewestFirstAndEveryNewChange() {
        ChangeJournal journal = new ChangeJournal(dir.resolve("journal.jsonl"));
        journal.append(entry("01", "REQ-1"));
        journal.append(entry("02", "REQ-2"));
        RecordingClipboard clipboard = new RecordingClipboard();
        ActivityViewModel viewModel = new ActivityViewModel(
            TestContexts.context(new RecordingDialogService(), clipboard), journal);
        viewModel.load();
        journal.append(entry("03", "REQ-3"));

        assertEquals(3, viewModel.entries().size());
        assertEquals("03", viewModel.entries().get(0).sn());
        assertEquals("01", viewModel.entries().get(2).sn());
        assertEquals("Activity (3)", viewModel.titleBinding().get());
        assertEquals("Activate CA", viewModel.actionText(ChangeAction.ACTIVATE_CA));
        assertEquals("2026-11-28 10:00:00", viewModel.timeText(viewModel.entries().get(0)));

        viewModel.copyRequestId(viewModel.entries().get(1));
        assertEquals("REQ-2", clipboard.last());
    }
}
