package io.mqttca.console.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.MatchState;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.InstanceTarget;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportViewModelTest {

    private static final String FLEET = "00f26900ba87aa01";

    private InMemoryCertificateService service;
    private ImportViewModel viewModel;

    @BeforeEach
    void setUp() {
        service = InMemoryCertificateService.sample(TestContexts.CLOCK);
        viewModel = new ImportViewModel(TestContexts.context(new RecordingDialogService(), new RecordingClipboard()));
    }

    private void selectInstance() {
        viewModel.showInstance(new InstanceTarget(service, MqttInstance.byId(InMemoryCertificateService.INSTANCE_ID)));
    }

    @Test
    void selectingAnInstanceWithNothingImportedListsNothing() {
        selectInstance();

        assertEquals(0, service.listCalls(), "the CA table lists the instance already; matching waits for imports");
        assertEquals("Imported certificates are matched against post-cn-sandbox01.",
            viewModel.matchStatusProperty().get());
    }

    @Test
    void importingListsTheInstanceOnceAndMatchesAgainstIt() {
        selectInstance();
        viewModel.importText(service.certificate(InMemoryCertificateService.INSTANCE_ID, FLEET).pem());

        assertEquals(1, service.listCalls());
        assertEquals(List.of(MatchState.REGISTERED_ACTIVE), viewModel.rows().stream().map(ImportRow::state).toList());
        assertEquals("Matched against post-cn-sandbox01 (6 registered CA certificates)",
            viewModel.matchStatusProperty().get());

        viewModel.importText(service.certificate(InMemoryCertificateService.INSTANCE_ID, FLEET).pem());
        assertEquals(1, service.listCalls(), "a second import matches against the list already read");
        assertEquals(2, viewModel.rows().size());
    }

    @Test
    void anotherInstanceReMatchesWhatIsImported() {
        selectInstance();
        viewModel.importText(service.certificate(InMemoryCertificateService.INSTANCE_ID, FLEET).pem());
        selectInstance();

        assertEquals(2, service.listCalls());
        viewModel.clear();
        viewModel.refreshMatches();
        assertEquals(2, service.listCalls(), "nothing left to match");
    }

    private static final String BROKEN = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";

    private String fleetPem() {
        return service.certificate(InMemoryCertificateService.INSTANCE_ID, FLEET).pem();
    }

    @Test
    void eachPasteOfTheSessionHasItsOwnNumber() {
        viewModel.importText(fleetPem());
        viewModel.importText(fleetPem());
        viewModel.clear();
        viewModel.importText(fleetPem());

        assertEquals(List.of("clipboard #3"), viewModel.rows().stream().map(viewModel::sourceText).toList(),
            "numbers go on after Clear: they name pastes of the session");
        viewModel.importText(fleetPem());
        assertEquals(List.of("clipboard #3", "clipboard #4"),
            viewModel.rows().stream().map(viewModel::sourceText).toList());
    }

    @Test
    void blocksAreNumberedOnlyWhenTheInputHeldSeveral() {
        viewModel.importText(fleetPem() + BROKEN);

        assertEquals(List.of("clipboard #1, block 1", "clipboard #1, block 2"),
            viewModel.rows().stream().map(viewModel::sourceText).toList());
        assertEquals("clipboard #1", viewModel.rows().get(0).source());
    }

    @Test
    void aSelectedFailedInputShowsItsWholeProblemAndACertificateOpensItsDetails() {
        List<ImportRow> opened = new ArrayList<>();
        viewModel.setOnOpenDetails(opened::add);
        selectInstance();
        viewModel.importText(fleetPem() + BROKEN);
        ImportRow certificate = viewModel.rows().get(0);
        ImportRow failed = viewModel.rows().get(1);

        viewModel.select(failed);
        assertEquals("clipboard #1, block 2: " + failed.error().message(),
            viewModel.selectedProblemProperty().get());
        assertTrue(failed.error().message().length() > 0);
        viewModel.openDetails(failed);
        assertEquals(List.of(), opened, "a failed input has no certificate to show");

        viewModel.select(certificate);
        assertEquals("", viewModel.selectedProblemProperty().get());
        viewModel.openDetails(certificate);
        assertEquals(List.of(certificate), opened);
        assertEquals(FLEET, certificate.registeredSame().sn());
        assertEquals(certificate.certificate().subjectCommonName(), viewModel.detailsTitle(certificate));
        viewModel.select(null);
        assertNull(viewModel.selectedProperty().get());
    }
}
