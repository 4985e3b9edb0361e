package io.mqttca.console.app.cli;

import io.mqttca.console.app.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the version from the jar manifest. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"mqtt-ca-console " + AppVersion.current()};
    }
}
