package io.mqttca.console.app;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Drops the one JavaFX warning that {@code java -jar} always triggers: JavaFX 21 logs "Unsupported JavaFX
 * configuration: classes were loaded from 'unnamed module @…'" at every start when its classes come from the class
 * path, which is what a runnable jar does (the installers put JavaFX on the module path and never see it). It is
 * logged through {@code System.getLogger("javafx")}, that is the {@code java.util.logging} logger "javafx": a
 * filter there drops this message and lets every other JavaFX warning through.
 */
final class JavaFxWarnings {

    static final String UNNAMED_MODULE = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";

    /** Held here because java.util.logging keeps loggers weakly: a collected logger would lose the filter. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxWarnings() {
    }

    /** Installs the filter (before the toolkit starts); other filters already set keep their say. */
    static synchronized void dropUnnamedModuleWarning() {
        Filter previous = JAVAFX.getFilter();
        if (previous instanceof UnnamedModuleFilter) {
            return;
        }
        JAVAFX.setFilter(new UnnamedModuleFilter(previous));
    }

    static boolean isUnnamedModuleWarning(LogRecord record) {
        return record.getMessage() != null && record.getMessage().startsWith(UNNAMED_MODULE);
    }

    private record UnnamedModuleFilter(Filter previous) implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            return !isUnnamedModuleWarning(record) && (previous == null || previous.isLoggable(record));
        }
    }
}
