package io.mqttca.console.cloud;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Sorts the {@link IOException}s of {@code java.net.http} into {@link ErrorKind}s with a short technical detail.
 * The JDK wraps the real reason (an unresolved address inside a {@code ConnectException}, a reset inside an
 * {@code IOException}), so the whole cause chain is inspected.
 */
final class NetworkFailures {

    /** The kind and a one-line technical reason. */
    record Failure(ErrorKind kind, String detail) {
    }

    private NetworkFailures() {
    }

    static Failure classify(IOException failure, Duration connectTimeout, Duration requestTimeout) {
        if (failure instanceof HttpConnectTimeoutException) {
            return new Failure(ErrorKind.NETWORK_TIMEOUT, "could not connect within " + seconds(connectTimeout));
        }
        if (failure instanceof HttpTimeoutException) {
            return new Failure(ErrorKind.NETWORK_TIMEOUT, "no answer within " + seconds(requestTimeout));
        }
        boolean connect = false;
        boolean refused = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new Failure(ErrorKind.UNKNOWN_HOST, "host name not found");
            }
            if (t instanceof SSLException) {
                return new Failure(ErrorKind.TLS, "TLS failure: " + t.getMessage());
            }
            if (t instanceof SocketTimeoutException) {
                return new Failure(ErrorKind.NETWORK_TIMEOUT, "socket timeout: " + t.getMessage());
            }
            connect |= t instanceof ConnectException;
            refused |= message.contains("refused");
            if (!connect && (t instanceof EOFException || message.contains("reset") || message.contains("closed")
                || message.contains("received no bytes") || message.contains("broken pipe"))) {
                return new Failure(ErrorKind.CONNECTION_RESET, "connection closed early: " + t);
            }
        }
        if (connect && (refused || allMessagesEmpty(failure))) {
            return new Failure(ErrorKind.CONNECTION_REFUSED, "connection refused");
        }
        return new Failure(ErrorKind.NETWORK_ERROR, failure.toString());
    }

    private static boolean allMessagesEmpty(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
