package io.mqttca.console.app;

import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.DataDirectory;
import io.mqttca.console.service.ProfileConnector;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the window is built from: the data directory (profiles, settings, journal), the connector that turns a
 * profile into a service (null: the window says "not connected"), the change journal the services write to, the
 * provider of certificate fields for the details pane, and the clock.
 *
 * @param dataDirectory     where profiles, settings and the journal live
 * @param connector         turns profiles into services, or null when none is configured
 * @param journal           the change journal shown in the activity panel
 * @param certificateFields PEM to (field id, value) pairs; see {@code ui.details.CertificateFields}
 * @param clock             the clock for expiry markers and times
 */
public record ConsoleEnvironment(DataDirectory dataDirectory, ProfileConnector connector, ChangeJournal journal,
                                 Function<String, List<Map.Entry<String, String>>> certificateFields, Clock clock) {

    public ConsoleEnvironment {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(certificateFields, "certificateFields");
        Objects.requireNonNull(clock, "clock");
    }

    /** No service, the JDK's certificate reader, the journal in {@code dataDirectory}, the system clock. */
    public static ConsoleEnvironment standard(DataDirectory dataDirectory) {
        return new ConsoleEnvironment(dataDirectory, null, new ChangeJournal(dataDirectory.journalFile()),
            new InspectorCertificateFields(), Clock.systemDefaultZone());
    }

    /** A copy that connects through {@code newConnector}. */
    public ConsoleEnvironment withConnector(ProfileConnector newConnector) {
        return new ConsoleEnvironment(dataDirectory, newConnector, journal, certificateFields, clock);
    }

    /** A copy whose details pane reads certificates with {@code provider}. */
    public ConsoleEnvironment withCertificateFields(Function<String, List<Map.Entry<String, String>>> provider) {
        return new ConsoleEnvironment(dataDirectory, connector, journal, provider, clock);
    }

    /** A copy with another clock. */
    public ConsoleEnvironment withClock(Clock newClock) {
        return new ConsoleEnvironment(dataDirectory, connector, journal, certificateFields, newClock);
    }
}
