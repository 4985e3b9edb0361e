package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    private static JournalEntry numbered(int i) {
        String sn = String.format("%04d", i);
        return entry(sn, ItemResult.success(sn, ChangeAction.ACTIVATE_CA, "R" + sn));
    }

    @Test
    void aFullCurrentFileIsRenamedWholeAndANewOneStartedUnderTheSameName() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        ChangeJournal journal = new ChangeJournal(file, 1000, 3);
        journal.append(numbered(0));
        long oneLine = Files.size(file);
        int perFile = (int) (1000 / oneLine);
        for (int i = 1; i < perFile; i++) {
            journal.append(numbered(i));
        }
        List<String> full = Files.readAllLines(file);
        assertFalse(Files.exists(journal.rotatedFile(1)));

        journal.append(numbered(perFile));

        assertEquals(full, Files.readAllLines(journal.rotatedFile(1)), "the full file moved whole");
        assertEquals(1, Files.readAllLines(file).size(), "the current file keeps its name and the new entry");
        assertEquals(dir.resolve("journal.1.jsonl"), journal.rotatedFile(1));
        assertTrue(Files.size(journal.rotatedFile(1)) <= 1000);
        assertEquals(perFile + 1, journal.readAll().size());
        assertEquals(String.format("%04d", perFile), journal.readAll().get(perFile).sn());
    }

    @Test
    void onlyTheKeptNumberOfRotatedFilesRemainAndTheNewestEntriesAreNeverLost() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        ChangeJournal journal = new ChangeJournal(file, 600, 2);
        for (int i = 0; i < 60; i++) {
            journal.append(numbered(i));
        }

        assertTrue(Files.exists(journal.rotatedFile(1)));
        assertTrue(Files.exists(journal.rotatedFile(2)));
        assertFalse(Files.exists(journal.rotatedFile(3)));
        List<JournalEntry> kept = journal.readAll();
        assertTrue(kept.size() < 60, "the oldest file went");
        for (int k = 0; k < kept.size(); k++) {
            assertEquals(String.format("%04d", 60 - kept.size() + k), kept.get(k).sn(), "kept entries are the newest");
        }
        try (var files = Files.list(dir)) {
            assertEquals(Set.of("journal.jsonl", "journal.1.jsonl", "journal.2.jsonl", "journal.lock"),
                new TreeSet<>(files.map(path -> path.getFileName().toString()).toList()));
        }
    }

    @Test
    void concurrentAppendsThroughRotationLoseNothing() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        ChangeJournal one = new ChangeJournal(file, 2000, 100);
        ChangeJournal other = new ChangeJournal(file, 2000, 100);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 300; i++) {
            ChangeJournal journal = i % 2 == 0 ? one : other;
            JournalEntry entry = numbered(i);
            pool.submit(() -> journal.append(entry));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

        List<JournalEntry> all = one.readAll();
        assertEquals(300, all.size());
        assertEquals(300, all.stream().map(JournalEntry::sn).distinct().count());
        assertTrue(Files.exists(one.rotatedFile(2)));
    }

    @Test
    void anotherProcessAppendingAtTheSameTimeLosesNothing() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            JournalAppender.class.getName(), file.toString(), "20000", "100", "2000", "cli")
            .redirectErrorStream(true).start();
        ChangeJournal window = new ChangeJournal(file, 20000, 100);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (window.readAll().isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        for (int i = 0; i < 400; i++) {
            window.append(numbered(i));
        }
        String childOutput = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), childOutput);

        List<JournalEntry> all = window.readAll();
        assertEquals(2400, all.size());
        assertEquals(2000, all.stream().filter(e -> e.sn().startsWith("cli-")).count());
        assertEquals(2400, all.stream().map(JournalEntry::sn).distinct().count());
        assertTrue(Files.exists(window.rotatedFile(10)));
    }
}
