package io.mqttca.console.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.details.CertificateDetailsViewModel.DetailsState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateDetailsViewModelTest {

    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final UiContext context = TestContexts.context(dialogs, clipboard);

    private static CaCertificate certificate(String pem) {
        return new CaCertificate("fleet-root", "00f2", CertificateStatus.ACTIVE, TestContexts.NOW,
            TestContexts.NOW.plusSeconds(86_400), pem, "reg-1", "Fleet Root");
    }

    private CertificateDetailsViewModel viewModel() {
        return new CertificateDetailsViewModel(context, pem -> List.of(Map.entry(CertificateFields.SERIAL_HEX, "00:F2"),
            Map.entry(CertificateFields.SERIAL_DECIMAL, "242"), Map.entry("1.2.3.4", "custom")));
    }

    private static List<String> labels(CertificateDetailsViewModel viewModel) {
        return viewModel.fields().stream().map(DetailField::label).toList();
    }

    @Test
    void showsTheRegistrationAndTheFieldsOfThePemWithTranslatedLabels() {
        CertificateDetailsViewModel viewModel = viewModel();
        viewModel.show(null, certificate(PEM));

        assertEquals(DetailsState.READY, viewModel.stateProperty().get());
        assertEquals("fleet-root", viewModel.titleProperty().get());
        assertTrue(labels(viewModel).containsAll(List.of("Registration", "Name", "Sn", "Status", "Certificate",
            "Serial (hex)", "Serial (decimal)", "1.2.3.4")));
        assertTrue(viewModel.fields().contains(new DetailField("Serial (decimal)", "242", false)));
        assertTrue(viewModel.fields().contains(new DetailField("Status", "Active", false)));
        assertTrue(viewModel.hasPemProperty().get());
    }

    @Test
    void theServicesAndThePemsTimesReadTheSameWayWithTheZone() {
        Instant begin = Instant.parse("2025-12-02T02:44:57Z");
        UiContext shanghai = TestContexts.context(dialogs, clipboard,
            Clock.fixed(TestContexts.NOW, ZoneId.of("Asia/Shanghai")));
        CertificateDetailsViewModel viewModel = new CertificateDetailsViewModel(shanghai, pem -> List.of(
            Map.entry(CertificateFields.NOT_BEFORE, begin.toString()),
            Map.entry(CertificateFields.NOT_AFTER, "2035-12-02T02:44:57Z")));
        viewModel.show(null, new CaCertificate("fleet-root", "00f2", CertificateStatus.ACTIVE, begin,
            Instant.parse("2035-12-02T02:44:57Z"), PEM, null, "Fleet Root"));

        assertTrue(viewModel.fields().contains(new DetailField("Valid from (service)", "2025-12-02 10:44:57 +08:00",
            false)), viewModel.fields().toString());
        assertTrue(viewModel.fields().contains(new DetailField("Not before", "2025-12-02 10:44:57 +08:00", false)));
        assertTrue(viewModel.fields().contains(new DetailField("Not after", "2035-12-02 10:44:57 +08:00", false)));
    }

    @Test
    void aLocalCertificateShowsItsPemsFieldsAndItsRegistrationOnlyWhenRegistered() {
        CertificateDetailsViewModel viewModel = viewModel();
        viewModel.showLocal("Fleet Root", PEM, null);

        assertEquals("Fleet Root", viewModel.titleProperty().get());
        assertEquals(List.of("Certificate", "Serial (hex)", "Serial (decimal)", "1.2.3.4"), labels(viewModel));
        assertTrue(viewModel.hasPemProperty().get());
        viewModel.copyPem();
        assertEquals(PEM, clipboard.last());

        viewModel.showLocal("Fleet Root", PEM, certificate(PEM));
        assertTrue(labels(viewModel).containsAll(List.of("Registration", "Sn", "Status", "Certificate",
            "Serial (hex)")));
        assertTrue(viewModel.fields().contains(new DetailField("Sn", "00f2", false)));
    }

    @Test
    void anUnreadablePemIsExplainedAndTheRegistrationStays() {
        CertificateDetailsViewModel viewModel = new CertificateDetailsViewModel(context, pem -> {
            throw new IllegalArgumentException("Not an X.509 certificate: bad length");
        });
        viewModel.show(null, certificate(PEM));

        assertEquals("The PEM could not be read: Not an X.509 certificate: bad length",
            viewModel.problemProperty().get());
        assertTrue(labels(viewModel).contains("Sn"));
    }

    @Test
    void aCertificateListedWithoutPemIsFetched() {
        InMemoryCertificateService service = new InMemoryCertificateService("p", "e")
            .addInstance(MqttInstance.byId("post-cn-a"))
            .addCa("post-cn-a", certificate(PEM).withStatus(CertificateStatus.INACTIVE));
        CaCertificate listed = new CaCertificate("fleet-root", "00f2", CertificateStatus.INACTIVE, null, null, null,
            null, null);
        CertificateDetailsViewModel viewModel = viewModel();
        viewModel.show(new InstanceTarget(service, MqttInstance.byId("post-cn-a")), listed);

        assertEquals(PEM, viewModel.certificateProperty().get().pem());
        assertTrue(labels(viewModel).contains("Serial (hex)"));
    }

    @Test
    void nothingSelectedIsTheEmptyState() {
        CertificateDetailsViewModel viewModel = viewModel();
        viewModel.show(null, certificate(PEM));
        viewModel.show(null, null);
        assertEquals(DetailsState.EMPTY, viewModel.stateProperty().get());
        assertTrue(viewModel.fields().isEmpty());
        assertFalse(viewModel.hasPemProperty().get());
    }

    @Test
    void copiesThePemAndSingleFields() {
        CertificateDetailsViewModel viewModel = viewModel();
        viewModel.show(null, certificate(PEM));
        viewModel.copyPem();
        assertEquals(PEM, clipboard.last());
        viewModel.copyField(new DetailField("Serial (decimal)", "242", false));
        assertEquals("242", clipboard.last());
        assertEquals("Serial (decimal) copied to the clipboard.", context.status().messageProperty().get());
    }

    @Test
    void savesThePemToTheChosenFile() throws Exception {
        Path file = dir.resolve("fleet-root.pem");
        dialogs.savingTo(file);
        CertificateDetailsViewModel viewModel = viewModel();
        viewModel.show(null, certificate(PEM));
        viewModel.savePem();

        assertEquals(PEM, Files.readString(file));
        assertEquals("Saved to " + file, context.status().messageProperty().get());
    }

    @Test
    void aFailedSaveShowsAnErrorDialog() {
        dialogs.savingTo(dir.resolve("missing-folder").resolve("x.pem"));
        CertificateDetailsViewModel viewModel = viewModel();
        viewModel.show(null, certificate(PEM));
        viewModel.savePem();

        assertEquals(1, dialogs.errors.size());
        assertEquals("FileWriteFailed", dialogs.errors.get(0).failure().code());
    }
}
