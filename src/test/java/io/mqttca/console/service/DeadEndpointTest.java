package io.mqttca.console.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.cloud.Credentials;
import io.mqttca.console.cloud.Endpoint;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk run against an endpoint that answers nothing stops sending and reports the rest as not attempted. */
class DeadEndpointTest {

    @TempDir
    Path dir;

    @Test
    void theBreakerStopsSendingAndNamesWhatWasNotSent() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ChangeJournal journal = new ChangeJournal(dir.resolve("journal.jsonl"));
        List<String> sns = IntStream.range(0, 300).mapToObj(i -> String.format("00ab%04x", i)).toList();
        try (CloudCertificateService service = Connections.open("Dead", Endpoint.of("http://127.0.0.1:" + port),
            Credentials.of("key", "secret", "test"), journal)) {
            List<ItemResult> results = service.changeCaCertificates("post-cn-x", ChangeAction.ACTIVATE_CA, sns,
                BulkProgress.none()).results().get(60, TimeUnit.SECONDS);

            assertEquals(300, results.size());
            List<ItemResult> unsent = results.stream()
                .filter(r -> Failures.NOT_ATTEMPTED_CODE.equals(r.failure().code())).toList();
            long sent = results.size() - unsent.size();
            assertTrue(sent <= EndpointWatch.STREAK + 16, "sent " + sent);
            assertTrue(results.stream().noneMatch(ItemResult::succeeded));
            String message = unsent.get(0).failure().explanation();
            assertTrue(message.contains("stopped answering") && message.contains(String.valueOf(unsent.size())),
                message);
            assertEquals(sent, journal.readAll().size(), "what was not sent is not journalled");
        }
    }
}
