package io.mqttca.console.cloud;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving TCP peer on 127.0.0.1 for the failures an HTTP server library will not produce: it reads the
 * request head and then closes the connection with a reset, or never answers; or it answers whatever arrives
 * (a TLS ClientHello, say) at once with plain HTTP, as a plain server behind an https URL does.
 */
final class RawSocketPeer implements AutoCloseable {

    enum Behaviour { RESET_AFTER_REQUEST, NEVER_ANSWER, PLAIN_HTTP_AT_ONCE }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    RawSocketPeer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "raw-socket-peer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    Endpoint endpoint() {
        return Endpoint.of("http://127.0.0.1:" + server.getLocalPort());
    }

    /** The number of request heads read so far. */
    int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (behaviour == Behaviour.PLAIN_HTTP_AT_ONCE) {
                    socket.getInputStream().read(new byte[4096]);
                    requests.incrementAndGet();
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                    socket.close();
                    continue;
                }
                readHead(socket.getInputStream());
                requests.incrementAndGet();
                if (behaviour == Behaviour.RESET_AFTER_REQUEST) {
                    socket.setSoLinger(true, 0);
                    socket.close();
                } else {
                    held.add(socket);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < end.length && (b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}
