package io.mqttca.console.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttca.console.service.MatchState;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.InstanceTarget;
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
}
