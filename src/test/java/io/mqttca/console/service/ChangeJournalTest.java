package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeJournalTest {

    @TempDir
    Path dir;

    private static JournalEntry entry(String sn, ItemResult result) {
        return JournalEntry.of(Instant.parse("2026-11-28T10:00:00Z"), "Local sandbox", "http://127.0.0.1:1",
            "post-cn-sandbox01", result);
    }

    @Test
    void appendedEntriesReadBackInOrderWithTheirRequestIds() {
        ChangeJournal journal = new ChangeJournal(dir.resolve("journal.jsonl"));
        journal.append(entry("01", ItemResult.success("01", ChangeAction.ACTIVATE_CA, "REQ-1")));
        ServiceFailure failure = new ServiceFailure(FailureKind.SERVER, "FindCaBySnError", "not found", "REQ-2", 500,
            "No CA with this Sn", "Refresh");
        journal.append(entry("02", ItemResult.failed("02", ChangeAction.DELETE_CA, failure)));

        List<JournalEntry> entries = new ChangeJournal(dir.resolve("journal.jsonl")).readAll();

        assertEquals(2, entries.size());
        assertEquals("REQ-1", entries.get(0).requestId());
        assertEquals(JournalEntry.Outcome.SUCCEEDED, entries.get(0).outcome());
        assertEquals(ChangeAction.DELETE_CA, entries.get(1).action());
        assertEquals("FindCaBySnError", entries.get(1).code());
        assertEquals(Instant.parse("2026-11-28T10:00:00Z"), entries.get(1).time());
    }

    @Test
    void aTornLastLineDoesNotHideTheEntriesBeforeIt() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        ChangeJournal journal = new ChangeJournal(file);
        journal.append(entry("01", ItemResult.success("01", ChangeAction.ACTIVATE_CA, "REQ-1")));
        Files.writeString(file, "{\"time\":\"2026-11-28T10:0", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertEquals(1, journal.readAll().size());
    }

    @Test
    void anAbsentJournalIsEmpty() {
        assertTrue(new ChangeJournal(dir.resolve("none/journal.jsonl")).readAll().isEmpty());
    }

    @Test
    void concurrentAppendsKeepEveryLineWhole() throws Exception {
        ChangeJournal journal = new ChangeJournal(dir.resolve("journal.jsonl"));
        List<JournalEntry> heard = new ArrayList<>();
        journal.addListener(e -> {
            synchronized (heard) {
                heard.add(e);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            String sn = String.format("%04x", i);
            pool.submit(() -> journal.append(entry(sn, ItemResult.success(sn, ChangeAction.ACTIVATE_CA, "R" + sn))));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(200, journal.readAll().size());
        assertEquals(200, heard.size());
    }
}
