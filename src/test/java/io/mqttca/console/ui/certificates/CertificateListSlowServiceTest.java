package io.mqttca.console.ui.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.QueuedExecutor;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.BulkRunDialog;
import io.mqttca.console.ui.common.BulkRunViewModel;
import io.mqttca.console.ui.common.BulkRunViewModel.Outcome;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.ListState;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.UiContext;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A slow backend on worker threads: the calling thread is never held, and a bulk change can be cancelled. */
class CertificateListSlowServiceTest {

    private final QueuedExecutor ui = new QueuedExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private InMemoryCertificateService service;
    private CertificateListViewModel viewModel;
    private UiContext context;

    @BeforeEach
    void setUp() {
        service = InMemoryCertificateService.sample(TestContexts.CLOCK).onWorkerThreads(Duration.ofMillis(300));
        context = new UiContext(Messages.bundle(Locale.ENGLISH), ui, Runnable::run, dialogs,
            new RecordingClipboard(), new StatusModel(), TestContexts.CLOCK);
        viewModel = new CertificateListViewModel(context);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void loadingReturnsAtOnceAndShowsTheLoadingStateUntilTheAnswerLands() throws Exception {
        long start = System.nanoTime();
        viewModel.showInstance(new InstanceTarget(service, MqttInstance.byId(InMemoryCertificateService.INSTANCE_ID)));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsedMillis < 200, "showInstance took " + elapsedMillis + " ms");
        assertEquals(ListState.LOADING, viewModel.list().stateProperty().get());
        assertTrue(context.status().busyBinding().get());

        ui.runUntil(() -> viewModel.list().stateProperty().get() == ListState.READY);
        assertEquals(6, viewModel.list().rows().size());
        assertTrue(!context.status().busyBinding().get());
    }

    @Test
    void cancellingABulkChangeReportsTheUnsentItemsAsCancelledAndOffersToRetryThem() throws Exception {
        viewModel.showInstance(new InstanceTarget(service, MqttInstance.byId(InMemoryCertificateService.INSTANCE_ID)));
        ui.runUntil(() -> viewModel.list().stateProperty().get() == ListState.READY);
        List<CertificateRow> inactive = viewModel.list().rows().stream().filter(row -> !row.isActive())
            .collect(Collectors.toList());
        viewModel.setSelection(inactive, inactive.get(0));

        viewModel.activateSelected();
        BulkRunViewModel run = dialogs.lastCustom(BulkRunDialog.class).run();
        assertTrue(run.runningProperty().get());
        assertTrue(inactive.stream().allMatch(CertificateRow::isBusy), "rows show progress while the run goes on");
        run.cancel();
        ui.runUntil(() -> !run.runningProperty().get());

        // The first item may already be on its way when cancel arrives; the ones after it are never sent.
        assertTrue(run.items().get(0).outcome() != Outcome.FAILED);
        assertTrue(run.items().stream().skip(1).allMatch(item -> item.outcome() == Outcome.CANCELLED));
        assertTrue(run.canRetryProperty().get());
        assertTrue(inactive.stream().noneMatch(CertificateRow::isBusy));
    }
}
