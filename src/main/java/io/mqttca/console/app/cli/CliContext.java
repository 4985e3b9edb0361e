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
 * @param terminal    the person at the keyboard, if any (destructive commands ask them first)
 */
public record CliContext(Map<String, String> environment, Path home, Clock clock, Terminal terminal) {

    public CliContext {
        environment = Map.copyOf(environment);
    }

    /** Without a terminal, as a script runs. */
    public CliContext(Map<String, String> environment, Path home, Clock clock) {
        this(environment, home, clock, Terminal.NONE);
    }

    /** The real process environment. */
    public static CliContext system() {
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC(),
            Terminal.system());
    }
}
