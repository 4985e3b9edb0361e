package io.mqttca.console.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cert.InputErrorCode;
import io.mqttca.console.text.BundlePair;
import io.mqttca.console.ui.InMemoryCertificateService;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.Messages;
import io.mqttca.console.ui.common.StatusModel;
import io.mqttca.console.ui.common.UiContext;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The import screen of a Chinese window says the inspector's findings in Chinese. */
class ImportTextsInChineseTest {

    private static final String BROKEN = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";

    private final UiContext chinese = new UiContext(Messages.bundle(Locale.SIMPLIFIED_CHINESE), Runnable::run,
        Runnable::run, new RecordingDialogService(), new RecordingClipboard(), new StatusModel(), TestContexts.CLOCK);

    @Test
    void aDamagedBlockIsExplainedInChinese() {
        InMemoryCertificateService service = InMemoryCertificateService.sample(TestContexts.CLOCK);
        ImportViewModel viewModel = new ImportViewModel(chinese);
        viewModel.importText(service.certificate(InMemoryCertificateService.INSTANCE_ID, "00f26900ba87aa01").pem()
            + BROKEN);
        ImportRow failed = viewModel.rows().get(1);

        viewModel.select(failed);
        String problem = viewModel.selectedProblemProperty().get();

        assertTrue(problem.contains("第 2 块"), problem);
        assertTrue(problem.contains("请从来源重新复制证书"), problem);
        assertFalse(problem.contains("Copy the certificate"), problem);
        assertEquals(failed.error().messageIn(Locale.SIMPLIFIED_CHINESE), chinese.message(failed.error()));
    }

    @ParameterizedTest
    @EnumSource(InputErrorCode.class)
    void everyInputErrorCodeHasWordsInBothLanguages(InputErrorCode code) {
        String key = "import.errorCode." + code.name();
        String english = Messages.bundle(Locale.ENGLISH).getString(key);
        String words = chinese.text(key);

        assertFalse(english.equals(code.name()) || english.contains("_"), english);
        assertTrue(BundlePair.hasChinese(words), words);
    }
}
