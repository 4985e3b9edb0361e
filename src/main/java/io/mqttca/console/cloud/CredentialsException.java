package io.mqttca.console.cloud;

import io.mqttca.console.text.Text;
import java.util.Objects;

/**
 * No usable AccessKey could be found, or a profile is unusable. The message says what was tried and what to do and
 * never contains a secret or token (nor does a cause: none is attached, because parser messages can quote the
 * text around an error).
 */
public final class CredentialsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem it is, for the UI to translate. */
    public enum Problem {
        /** Nothing in the chain yielded a key. */
        NOT_FOUND,
        /** The environment variables are set only in part. */
        INCOMPLETE_ENVIRONMENT,
        /** The aliyun CLI config file does not exist (when a profile was asked for by name). */
        FILE_MISSING,
        /** The file is not valid JSON or not the aliyun CLI shape. */
        FILE_MALFORMED,
        /** The named or current profile is not in the file. */
        PROFILE_MISSING,
        /** The profile lacks a field its mode needs. */
        PROFILE_INCOMPLETE,
        /** The profile's mode needs a credential flow the console does not implement. */
        UNSUPPORTED_MODE
    }

    private final Problem problem;
    private final transient Text text;

    CredentialsException(Problem problem, String message) {
        this(problem, Text.plain(message));
    }

    /** A problem said with a text of the cloud bundle; {@link #getMessage()} is its English. */
    CredentialsException(Problem problem, Text message) {
        super(message.english());
        this.problem = Objects.requireNonNull(problem);
        this.text = message;
    }

    /** The message in any language. */
    public Text text() {
        return text == null ? Text.plain(getMessage()) : text;
    }

    public Problem problem() {
        return problem;
    }
}
