package io.mqttca.console.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.JournalEntry;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.InstanceTarget;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityViewModelTest {

    private static final String SANDBOX = "http://127.0.0.1:1";
    private static final String CLOUD = "https://mqtt.cn-hangzhou.aliyuncs.com";

    @TempDir
    Path dir;

    private final RecordingClipboard clipboard = new RecordingClipboard();

    private static JournalEntry entry(String profile, String endpoint, String instanceId, String sn) {
        return JournalEntry.of(Instant.parse("2026-11-28T10:00:00Z"), profile, endpoint, instanceId,
            ItemResult.success(sn, ChangeAction.ACTIVATE_CA, "REQ-" + sn));
    }

    private static JournalEntry entry(String sn) {
        return entry("Local sandbox", SANDBOX, "post-cn-a", sn);
    }

    private static InstanceTarget target(String profile, String endpoint, String instanceId) {
        return new InstanceTarget(new InMemoryCertificateService(profile, endpoint), MqttInstance.byId(instanceId));
    }

    private ActivityViewModel viewModel(ChangeJournal journal) {
        return new ActivityViewModel(TestContexts.context(new RecordingDialogService(), clipboard), journal);
    }

    private static List<String> sns(ActivityViewModel viewModel) {
        return viewModel.entries().stream().map(JournalEntry::sn).toList();
    }

    @Test
    void showsTheSelectedInstancesJournalNewestFirstAndEveryNewChange() {
        ChangeJournal journal = new ChangeJournal(dir.resolve("journal.jsonl"));
        journal.append(entry("01"));
        journal.append(entry("02"));
        ActivityViewModel viewModel = viewModel(journal);
        viewModel.load();
        viewModel.showInstance(target("Local sandbox", SANDBOX, "post-cn-a"));
        journal.append(entry("03"));

        assertEquals(List.of("03", "02", "01"), sns(viewModel));
        assertEquals("Activity (3)", viewModel.titleBinding().get());
        assertEquals("Activate CA", viewModel.actionText(ChangeAction.ACTIVATE_CA));
        assertEquals("2026-11-28 10:00:00 +00:00", viewModel.timeText(viewModel.entries().get(0)));

        viewModel.copyRequestId(viewModel.entries().get(1));
        assertEquals("REQ-02", clipboard.last());
    }

    @Test
    void aFreshWindowWithNoInstanceShowsNothingUntilAllConnectionsIsTicked() {
        ChangeJournal journal = new ChangeJournal(dir.resolve("journal.jsonl"));
        for (int i = 0; i < 600; i++) {
            journal.append(entry("CLI", CLOUD, "post-cn-other", String.format("%03d", i)));
        }
        ActivityViewModel viewModel = viewModel(journal);
        viewModel.load();

        assertEquals("Activity (0)", viewModel.titleBinding().get());
        assertEquals("Select an instance to see its changes, or tick All connections.",
            viewModel.emptyTextBinding().get());

        viewModel.showAllProperty().set(true);
        assertEquals("Activity (" + ActivityViewModel.SHOWN + ")", viewModel.titleBinding().get());
        assertEquals("599", viewModel.entries().get(0).sn());
        assertEquals("No changes yet. Every activation, deactivation and delete is listed here.",
            viewModel.emptyTextBinding().get());
    }

    @Test
    void theFilterFollowsTheSelectedConnectionAndInstance() {
        ChangeJournal journal = new ChangeJournal(dir.resolve("journal.jsonl"));
        journal.append(entry("Local sandbox", SANDBOX, "post-cn-a", "a1"));
        journal.append(entry("Local sandbox", SANDBOX, "post-cn-b", "b1"));
        journal.append(entry("Prod", CLOUD, "post-cn-a", "prod-a"));
        // The command line names its profile differently but went to the same endpoint.
        journal.append(entry("cli-default", CLOUD, "post-cn-a", "cli-a"));
        // The sandbox on another port after a restart is still the same profile.
        journal.append(entry("Local sandbox", "http://127.0.0.1:2", "post-cn-a", "a0"));
        ActivityViewModel viewModel = viewModel(journal);
        viewModel.load();

        viewModel.showInstance(target("Local sandbox", SANDBOX, "post-cn-a"));
        assertEquals(List.of("a0", "a1"), sns(viewModel));

        viewModel.showInstance(target("Local sandbox", SANDBOX, "post-cn-b"));
        assertEquals(List.of("b1"), sns(viewModel));
        assertEquals("Activity (1)", viewModel.titleBinding().get());

        viewModel.showInstance(target("Prod", CLOUD, "post-cn-a"));
        assertEquals(List.of("cli-a", "prod-a"), sns(viewModel));
        journal.append(entry("Local sandbox", SANDBOX, "post-cn-a", "a2"));
        journal.append(entry("Prod", CLOUD, "post-cn-a", "prod-a2"));
        assertEquals(List.of("prod-a2", "cli-a", "prod-a"), sns(viewModel));

        viewModel.showAllProperty().set(true);
        assertEquals(7, viewModel.entries().size());
        assertEquals("Activity (7)", viewModel.titleBinding().get());

        viewModel.showAllProperty().set(false);
        viewModel.showInstance(target("Prod", CLOUD, "post-cn-c"));
        assertEquals(List.of(), sns(viewModel));
        assertEquals("No changes to post-cn-c over this connection yet.", viewModel.emptyTextBinding().get());
    }

    @Test
    void olderRotatedFilesAreShownToo() {
        ChangeJournal journal = new ChangeJournal(dir.resolve("journal.jsonl"), 1000, 5);
        for (int i = 0; i < 12; i++) {
            journal.append(entry(String.format("%02d", i)));
        }
        ActivityViewModel viewModel = viewModel(journal);
        viewModel.load();
        viewModel.showInstance(target("Local sandbox", SANDBOX, "post-cn-a"));

        assertEquals(12, viewModel.entries().size());
        assertEquals("11", viewModel.entries().get(0).sn());
    }
}
