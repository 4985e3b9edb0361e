package io.mqttca.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The class-path warning of JavaFX is dropped; JavaFX's other warnings still come through. */
class JavaFxWarningsTest {

    private final Logger javafx = Logger.getLogger("javafx");
    private final List<String> published = new ArrayList<>();
    private boolean parentHandlers;
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            published.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void record() {
        parentHandlers = javafx.getUseParentHandlers();
        javafx.setUseParentHandlers(false);
        javafx.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        javafx.removeHandler(recorder);
        javafx.setUseParentHandlers(parentHandlers);
    }

    @Test
    void dropsTheUnnamedModuleWarningAndKeepsOthers() {
        JavaFxWarnings.dropUnnamedModuleWarning();
        JavaFxWarnings.dropUnnamedModuleWarning();

        // The way JavaFX logs: through the platform logger of that name.
        System.Logger logger = System.getLogger("javafx");
        logger.log(System.Logger.Level.WARNING,
            "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'");
        logger.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: something else");
        logger.log(System.Logger.Level.WARNING, "CSS error parsing app.css");

        assertEquals(List.of("Unsupported JavaFX configuration: something else", "CSS error parsing app.css"),
            published);
    }
}
