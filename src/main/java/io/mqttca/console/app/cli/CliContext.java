package io.mqttca.console.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the command line takes from its surroundings: environment variables (credentials), the home directory
 * (the aliyun CLI's profile file) and the clock (expiry markers). Tests pass their own.
 *
 * @param environment the environment variables
 * @param home        the user's home directory
 * @param clock       the clock for "expires in N days"
 */
public record CliContext(Map<String, String> environment, Path home, Clock clock) {

    public CliContext {
        environment = Map.copyOf(environment);
    }

    /** The real process environment. */
    public static CliContext system() {
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC());
    }
}
