package io.mqttca.console.ui.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.BadgeTexts;
import io.mqttca.console.ui.common.BulkRunDialog;
import io.mqttca.console.ui.common.BulkRunViewModel;
import io.mqttca.console.ui.common.BulkRunViewModel.Outcome;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.ListState;
import io.mqttca.console.ui.common.UiContext;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateListViewModelTest {

    private static final String FLEET = "00f26900ba87aa01";
    private static final String EDGE = "00f26900ba87aa02";
    private static final String SENSOR = "00f26900ba87aa03";
    private static final String LEGACY = "00f26900ba87aa04";
    private static final String BACKUP = "00f26900ba87aa05";

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private InMemoryCertificateService service;
    private UiContext context;
    private CertificateListViewModel viewModel;

    @BeforeEach
    void setUp() {
        service = InMemoryCertificateService.sample(TestContexts.CLOCK);
        context = TestContexts.context(dialogs, new RecordingClipboard());
        viewModel = new CertificateListViewModel(context);
        viewModel.showInstance(new InstanceTarget(service, MqttInstance.byId(InMemoryCertificateService.INSTANCE_ID)));
    }

    private CertificateRow row(String sn) {
        return viewModel.list().rows().stream().filter(row -> row.sn().equals(sn)).findFirst().orElseThrow();
    }

    private void select(String... sns) {
        List<CertificateRow> rows = List.of(sns).stream().map(this::row).collect(Collectors.toList());
        viewModel.setSelection(rows, rows.isEmpty() ? null : rows.get(0));
    }

    @Test
    void loadsEveryCertificateOfTheInstance() {
        assertEquals(6, viewModel.list().rows().size());
        assertEquals(ListState.READY, viewModel.list().stateProperty().get());
        assertEquals("6 of 6", viewModel.list().countTextProperty().get());
    }

    @Test
    void filterMatchesNameSnOrSubjectAndCountsNofM() {
        viewModel.list().filterTextProperty().set("EDGE");
        assertEquals(List.of(EDGE, BACKUP), viewModel.list().filteredRows().stream().map(CertificateRow::sn).toList());
        assertEquals("2 of 6", viewModel.list().countTextProperty().get());

        viewModel.list().filterTextProperty().set("aa03");
        assertEquals(List.of(SENSOR), viewModel.list().filteredRows().stream().map(CertificateRow::sn).toList());

        viewModel.list().filterTextProperty().set("Legacy Devices");
        assertEquals(List.of(LEGACY), viewModel.list().filteredRows().stream().map(CertificateRow::sn).toList());

        viewModel.list().filterTextProperty().set("nothing like this");
        assertEquals(ListState.NO_MATCH, viewModel.list().stateProperty().get());
        assertEquals("0 of 6", viewModel.list().countTextProperty().get());

        viewModel.list().clearFilter();
        assertEquals("6 of 6", viewModel.list().countTextProperty().get());
        assertEquals(ListState.READY, viewModel.list().stateProperty().get());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"00F26900BA87AA03", "f26900ba87aa03", "00:f2:69:00:ba:87:aa:03", "F2:69:00:BA:87:AA:03",
        "68232396214348291"})
    void filterFindsARowByItsSnInAnyCommonForm(String typed) {
        viewModel.list().filterTextProperty().set(typed);

        assertEquals(List.of(SENSOR), viewModel.list().filteredRows().stream().map(CertificateRow::sn).toList());
    }

    @Test
    void expiryMarkersFollowTheFixedClockAndTheWarningWindow() {
        assertEquals(new Expiry(Expiry.State.EXPIRING, 12), row(SENSOR).expiry());
        assertEquals("Expires in 12 days", BadgeTexts.expiry(row(SENSOR).expiry(), context));
        assertEquals(Expiry.State.EXPIRED, row(LEGACY).expiry().state());
        assertEquals("Expired", BadgeTexts.expiry(row(LEGACY).expiry(), context));
        assertEquals(Expiry.State.VALID, row(FLEET).expiry().state());
        assertEquals(Expiry.State.VALID, row("00f26900ba87aa06").expiry().state());

        viewModel.warningDaysProperty().set(60);
        assertEquals(new Expiry(Expiry.State.EXPIRING, 45), row("00f26900ba87aa06").expiry());
        viewModel.warningDaysProperty().set(7);
        assertEquals(Expiry.State.VALID, row(SENSOR).expiry().state());
    }

    @Test
    void actionsFollowTheStatusesInTheSelection() {
        assertFalse(viewModel.canActivateProperty().get());
        assertFalse(viewModel.canDeleteProperty().get());

        select(EDGE);
        assertTrue(viewModel.canActivateProperty().get());
        assertFalse(viewModel.canDeactivateProperty().get());
        assertTrue(viewModel.canDeleteProperty().get());

        select(FLEET);
        assertFalse(viewModel.canActivateProperty().get());
        assertTrue(viewModel.canDeactivateProperty().get());

        select(FLEET, EDGE);
        assertTrue(viewModel.canActivateProperty().get());
        assertTrue(viewModel.canDeactivateProperty().get());

        select();
        assertFalse(viewModel.canActivateProperty().get());
        assertFalse(viewModel.canDeactivateProperty().get());
        assertFalse(viewModel.hasSelectionProperty().get());
    }

    @Test
    void activationConfirmsWithNameAndSnThenFlipsTheRowAndShowsTheRequestId() {
        select(EDGE);
        viewModel.activateSelected();

        assertTrue(dialogs.lastConfirmation().header().contains("edge-gateway-ca"));
        assertTrue(dialogs.lastConfirmation().message().contains(EDGE));
        assertEquals(CertificateStatus.ACTIVE, row(EDGE).certificate().status());
        assertEquals(CertificateStatus.ACTIVE, service.certificate(InMemoryCertificateService.INSTANCE_ID, EDGE)
            .status());
        assertTrue(context.status().lastRequestIdProperty().get().startsWith("REQ-"));
        assertEquals("Activated \u201cedge-gateway-ca\u201d.", context.status().messageProperty().get());
        assertFalse(viewModel.canActivateProperty().get());
        assertTrue(dialogs.errors.isEmpty());
        assertEquals(CertificateStatus.ACTIVE, viewModel.currentCertificateProperty().get().status());
    }

    @Test
    void declinedConfirmationChangesNothing() {
        dialogs.answering(false);
        select(EDGE);
        viewModel.activateSelected();

        assertEquals(CertificateStatus.INACTIVE, row(EDGE).certificate().status());
        assertEquals(CertificateStatus.INACTIVE, service.certificate(InMemoryCertificateService.INSTANCE_ID, EDGE)
            .status());
    }

    @Test
    void refusedActivationShowsCodeAndRequestIdAndLeavesTheTableUnchanged() {
        service.failChangesOf(EDGE, "PermissionCheckFailed", "REQ-DENIED-1");
        int listsBefore = service.listCalls();
        select(EDGE);
        viewModel.activateSelected();

        assertEquals(1, dialogs.errors.size());
        ErrorReport report = dialogs.errors.get(0);
        assertEquals("Activation failed", report.title());
        assertEquals("PermissionCheckFailed", report.failure().code());
        assertEquals("REQ-DENIED-1", report.failure().requestId());
        assertTrue(report.details().contains("RequestId: REQ-DENIED-1"));
        assertEquals(CertificateStatus.INACTIVE, row(EDGE).certificate().status());
        assertFalse(row(EDGE).isBusy());
        assertEquals(listsBefore, service.listCalls(), "no refresh after a refused change");
        assertTrue(viewModel.canActivateProperty().get(), "the operator can try again");
    }

    @Test
    void deactivationWarnsThatDevicesMayFailToConnect() {
        select(FLEET);
        viewModel.deactivateSelected();

        assertTrue(dialogs.lastConfirmation().message().contains("devices whose certificates it issued may fail"));
        assertTrue(dialogs.lastConfirmation().destructive());
        assertEquals(CertificateStatus.INACTIVE, row(FLEET).certificate().status());
    }

    @Test
    void deleteAsksToTypeTheNameAndCountsTheDeviceCertificates() {
        select(FLEET);
        viewModel.deleteSelected();

        assertEquals(List.of("fleet-root-2025"), dialogs.textsToType);
        assertTrue(dialogs.lastConfirmation().message().contains("the 12 device certificates registered"),
            dialogs.lastConfirmation().message());
        assertEquals(5, viewModel.list().rows().size());
        assertNull(service.certificate(InMemoryCertificateService.INSTANCE_ID, FLEET));
    }

    @Test
    void declinedDeleteKeepsTheCertificate() {
        dialogs.answering(false);
        select(FLEET);
        viewModel.deleteSelected();

        assertEquals(6, viewModel.list().rows().size());
    }

    @Test
    void bulkActivationReportsEachItemAndRetriesOnlyTheFailedOnes() {
        service.failChangesOf(LEGACY, "PermissionCheckFailed", "REQ-DENIED-2");
        select(EDGE, LEGACY, BACKUP, FLEET);
        viewModel.activateSelected();

        assertEquals("Activate 3 CA certificates?", dialogs.lastConfirmation().header());
        assertEquals(1, dialogs.customDialogs.size());
        BulkRunViewModel run = dialogs.lastCustom(BulkRunDialog.class).run();
        assertEquals(List.of(Outcome.SUCCEEDED, Outcome.FAILED, Outcome.SUCCEEDED),
            run.items().stream().map(BulkRunViewModel.Item::outcome).toList());
        assertEquals("3 of 3 done", run.countTextProperty().get());
        assertEquals(1.0, run.progressProperty().get());
        assertEquals("2 succeeded, 1 failed, 0 cancelled, 0 not attempted", run.summaryProperty().get());
        assertTrue(run.items().get(1).detailProperty().get().contains("PermissionCheckFailed"));
        assertEquals("Activated 2 CA certificates. Of 3: 1 failed, 0 cancelled, 0 not attempted, over 1 attempt.",
            context.status().messageProperty().get());
        assertTrue(run.canRetryProperty().get());
        assertEquals(CertificateStatus.INACTIVE, row(LEGACY).certificate().status());
        assertEquals(CertificateStatus.ACTIVE, row(EDGE).certificate().status());
        assertTrue(dialogs.errors.isEmpty(), "item failures are listed in the progress dialog");

        service.stopFailing(LEGACY);
        run.retryFailed();

        assertEquals("Attempt 2: 1 of 1 done", run.countTextProperty().get());
        assertTrue(run.items().stream().allMatch(item -> item.outcome() == Outcome.SUCCEEDED));
        assertFalse(run.canRetryProperty().get());
        assertEquals(CertificateStatus.ACTIVE, row(LEGACY).certificate().status());
        assertEquals("3 succeeded, 0 failed, 0 cancelled, 0 not attempted (over 2 attempts)",
            run.summaryProperty().get());
        assertEquals("Activated 3 CA certificates. All 3 done over 2 attempts.",
            context.status().messageProperty().get(), "the status bar counts the first attempt's two, too");
    }

    @Test
    void aFailedFirstLoadShowsTheErrorStateWithItsCode() {
        service.failListing("PermissionCheckFailed", "REQ-LIST-1");
        viewModel.showInstance(new InstanceTarget(service, MqttInstance.byId(InMemoryCertificateService.INSTANCE_ID)));

        assertEquals(ListState.ERROR, viewModel.list().stateProperty().get());
        assertEquals("REQ-LIST-1", viewModel.list().loadFailureProperty().get().requestId());
        assertTrue(viewModel.list().rows().isEmpty());

        service.failListing(null, null);
        viewModel.refresh();
        assertEquals(ListState.READY, viewModel.list().stateProperty().get());
    }

    @Test
    void theSelectionIsCountedAndTheConfirmationSaysWhichSelectedRowsAreSkipped() {
        select(EDGE, LEGACY, BACKUP, FLEET);
        assertEquals("4 selected", viewModel.selectionTextProperty().get());

        dialogs.answering(false);
        viewModel.activateSelected();

        assertEquals("Activate 3 CA certificates?", dialogs.lastConfirmation().header());
        assertTrue(dialogs.lastConfirmation().message().contains("Skipped: 1 selected CA is already active."),
            dialogs.lastConfirmation().message());
        select();
        assertEquals("", viewModel.selectionTextProperty().get());
    }

    @Test
    void aFailedLoadBecomesTheStatusBarsLastRequestId() {
        service.failListing("PermissionCheckFailed", "REQ-LIST-9");
        viewModel.showInstance(new InstanceTarget(service, MqttInstance.byId(InMemoryCertificateService.INSTANCE_ID)));

        assertEquals("REQ-LIST-9", context.status().lastRequestIdProperty().get());
    }

    @Test
    void aRefusedChangeBecomesTheStatusBarsLastRequestId() {
        service.failChangesOf(EDGE, "PermissionCheckFailed", "REQ-DENIED-9");
        select(EDGE);
        viewModel.activateSelected();

        assertEquals("REQ-DENIED-9", context.status().lastRequestIdProperty().get());
    }

    @Test
    void aFailedRefreshKeepsTheRowsAndTheSelectionAndSaysSoInTheBanner() {
        select(EDGE);
        service.failListing("PermissionCheckFailed", "REQ-LIST-2");
        viewModel.refresh();

        assertEquals(ListState.READY, viewModel.list().stateProperty().get());
        assertEquals(6, viewModel.list().rows().size());
        assertEquals("REQ-LIST-2", viewModel.list().bannerProperty().get().failure().requestId());
        assertEquals(EDGE, viewModel.currentRowProperty().get().sn());
        assertTrue(viewModel.canActivateProperty().get());
    }

    @Test
    void aListingCutAtThePageCapShowsItsRowsUnderABanner() {
        service.cutListings(true);
        viewModel.refresh();

        assertEquals(6, viewModel.list().rows().size());
        assertTrue(viewModel.list().bannerProperty().get().text().startsWith("Only the first 6"));
        assertFalse(viewModel.list().bannerProperty().get().isFailure());
    }

    @Test
    void aSingleChangeOpensNoProgressDialog() {
        select(EDGE);
        viewModel.activateSelected();

        assertTrue(dialogs.customDialogs.isEmpty());
    }

    @Test
    void deleteTreatsAFailedDeviceCountAsUnknown() {
        service.failDeviceCounts("Timeout");
        select(FLEET);
        viewModel.deleteSelected();

        assertTrue(dialogs.lastConfirmation().message().contains("every device certificate registered"),
            dialogs.lastConfirmation().message());
    }

    @Test
    void anInstanceWithoutCertificatesIsEmptyAndNoInstanceIsItsOwnState() {
        service.addInstance(MqttInstance.byId("post-cn-empty"));
        viewModel.showInstance(new InstanceTarget(service, MqttInstance.byId("post-cn-empty")));
        assertEquals(ListState.EMPTY, viewModel.list().stateProperty().get());

        viewModel.showInstance(null);
        assertEquals(ListState.NO_TARGET, viewModel.list().stateProperty().get());
        assertFalse(viewModel.canActivateProperty().get());
    }

    @Test
    void aRememberedSelectionIsOfferedOnceItsRowIsLoaded() {
        viewModel.selectWhenLoaded(SENSOR);
        assertEquals(SENSOR, viewModel.rowToSelectProperty().get().sn());
    }

    @Test
    void copySnPutsTheSelectedSnsOnTheClipboard() {
        RecordingClipboard clipboard = (RecordingClipboard) context.clipboard();
        select(EDGE, FLEET);
        viewModel.copySelectedSns();
        assertEquals(EDGE + "\n" + FLEET, clipboard.last());
    }
}
