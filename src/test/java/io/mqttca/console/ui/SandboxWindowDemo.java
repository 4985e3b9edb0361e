package io.mqttca.console.ui;

import io.mqttca.console.app.ConsoleApplication;
import io.mqttca.console.app.ConsoleEnvironment;
import io.mqttca.console.service.ChangeJournal;
import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A developer's way to look at the window with data before the real service is merged: opens it on the in-memory
 * sample (answers after 300 ms from worker threads) in a data directory of its own. Test sources only.
 * Arguments: an optional data directory; {@code -Dconsole.demo.deny=SN} makes changes of that Sn fail with
 * PermissionCheckFailed.
 */
public final class SandboxWindowDemo {

    private SandboxWindowDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path data = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("mqtt-ca-console-demo");
        DataDirectory directory = new DataDirectory(data);
        ConsoleEnvironment standard = ConsoleEnvironment.standard(directory);
        ChangeJournal journal = standard.journal();
        InMemoryCertificateService sandbox = InMemoryCertificateService.sample(Clock.systemDefaultZone())
            .onWorkerThreads(Duration.ofMillis(300)).journalTo(journal);
        String denied = System.getProperty("console.demo.deny");
        if (denied != null) {
            sandbox.failChangesOf(denied, "PermissionCheckFailed", "7C2E1D4A-93B8-4F0E-A1D6-5B2C9E8F3A10");
        }
        ConsoleEnvironment environment = standard.withConnector((profile, key) -> {
            if (profile.id().equals(ConnectionProfile.SANDBOX_ID)) {
                return sandbox;
            }
            InMemoryCertificateService cloud = new InMemoryCertificateService(profile.name(),
                profile.effectiveEndpoint()).onWorkerThreads(Duration.ofMillis(500)).journalTo(journal);
            cloud.failListInstances("PermissionCheckFailed", "REQ-LIST-DENIED");
            return cloud;
        });
        ConsoleApplication.launch(environment, new String[0]);
    }
}
