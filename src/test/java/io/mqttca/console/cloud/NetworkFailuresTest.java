package io.mqttca.console.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * The JDK's exception shapes, as java.net.http throws them, sorted into kinds. The shapes that a loopback peer can
 * produce are also covered end to end in {@link OnsMqttClientErrorTest}; these are the ones it cannot (DNS).
 */
class NetworkFailuresTest {

    private static ErrorKind kind(IOException e) {
        return NetworkFailures.classify(e, Duration.ofSeconds(5), Duration.ofSeconds(15)).kind();
    }

    private static <T extends Throwable> T causedBy(T outer, Throwable cause) {
        outer.initCause(cause);
        return outer;
    }

    @Test
    void anUnresolvedHostInsideAConnectExceptionIsUnknownHost() {
        assertEquals(ErrorKind.UNKNOWN_HOST, kind(causedBy(new ConnectException(), new UnresolvedAddressException())));
    }

    @Test
    void connectAndRequestTimeoutsAreTimeoutsWithTheConfiguredTime() {
        NetworkFailures.Failure connect = NetworkFailures.classify(new HttpConnectTimeoutException("x"),
            Duration.ofSeconds(5), Duration.ofSeconds(15));
        assertEquals(ErrorKind.NETWORK_TIMEOUT, connect.kind());
        assertEquals("could not connect within 5 s", connect.detail());
        assertEquals("no answer within 15 s", NetworkFailures.classify(new HttpTimeoutException("x"),
            Duration.ofSeconds(5), Duration.ofSeconds(15)).detail());
    }

    @Test
    void aHandshakeFailureIsTls() {
        assertEquals(ErrorKind.TLS, kind(causedBy(new IOException("wrapped"),
            new SSLHandshakeException("PKIX path building failed"))));
    }

    @Test
    void aRefusedConnectionIsRefused() {
        assertEquals(ErrorKind.CONNECTION_REFUSED, kind(causedBy(new ConnectException(),
            new ConnectException("Connection refused"))));
    }

    @Test
    void anEarlyEndOfStreamIsAReset() {
        assertEquals(ErrorKind.CONNECTION_RESET, kind(new EOFException("EOF reached while reading")));
        assertEquals(ErrorKind.CONNECTION_RESET, kind(new IOException("HTTP/1.1 header parser received no bytes")));
    }

    @Test
    void anythingElseIsAGenericNetworkError() {
        assertEquals(ErrorKind.NETWORK_ERROR, kind(new NoRouteToHostException("No route to host")));
    }
}
