package io.mqttca.console.service;

import java.nio.file.Path;
import java.time.Instant;

/** A second process for the journal tests: appends {@code count} entries tagged {@code tag} to a small journal. */
public final class JournalAppender {

    private JournalAppender() {
    }

    /** Arguments: journal file, rotation threshold in bytes, kept files, count, tag. */
    public static void main(String[] args) {
        ChangeJournal journal = new ChangeJournal(Path.of(args[0]), Long.parseLong(args[1]),
            Integer.parseInt(args[2]));
        int count = Integer.parseInt(args[3]);
        for (int i = 0; i < count; i++) {
            String sn = args[4] + "-" + i;
            journal.append(JournalEntry.of(Instant.parse("2026-11-28T10:00:00Z"), "CLI", "http://127.0.0.1:1",
                "post-cn-sandbox01", ItemResult.success(sn, ChangeAction.ACTIVATE_CA, "R" + sn)));
        }
    }
}
