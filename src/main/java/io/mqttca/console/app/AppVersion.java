package io.mqttca.console.app;

/** The application's version, read from the jar manifest ("dev" when running from classes). */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
