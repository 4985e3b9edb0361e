package io.mqttca.console.ui.profiles;

import io.mqttca.console.service.ConnectionProfile;
import io.mqttca.console.service.CredentialSource;
import io.mqttca.console.ui.common.UiContext;

/** What the profiles pane says about a profile: its name and a second line saying where and with which key. */
public final class ProfileTexts {

    private final UiContext context;

    public ProfileTexts(UiContext context) {
        this.context = context;
    }

    /** The name shown for a profile (the sandbox's in the chosen language). */
    public String displayName(ConnectionProfile profile) {
        return profile.isSandbox() ? context.text("profiles.sandbox.name") : profile.name();
    }

    /** A second line for a profile: where it connects and with which credentials. */
    public String describe(ConnectionProfile profile) {
        if (profile.isSandbox()) {
            return context.text("profiles.sandbox.description");
        }
        String where = profile.usesEmbeddedSandbox() ? context.text("profiles.describe.embeddedSandbox")
            : profile.endpoint() != null ? profile.endpoint() : profile.regionId();
        CredentialSource source = profile.credentialSource() == null ? CredentialSource.ENVIRONMENT
            : profile.credentialSource();
        return switch (source) {
            case CLI_PROFILE -> context.format("profiles.describe.cli", where, profile.cliProfile());
            case SESSION_KEY -> context.format("profiles.describe.session", where);
            case ENVIRONMENT -> context.format("profiles.describe.environment", where);
        };
    }
}
