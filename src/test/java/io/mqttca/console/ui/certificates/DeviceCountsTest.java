package io.mqttca.console.ui.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Devices column counts two CAs at a time, in list order, except that rows on screen go first. */
class DeviceCountsTest {

    private final UiContext context = TestContexts.context(new RecordingDialogService(), new RecordingClipboard());
    private final List<String> asked = new ArrayList<>();
    private final List<CompletableFuture<Integer>> counts = new ArrayList<>();
    private final CertificateService service = (CertificateService) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {CertificateService.class}, (proxy, method, args) -> {
            if (method.getName().equals("countDeviceCertificates")) {
                asked.add((String) args[1]);
                CompletableFuture<Integer> count = new CompletableFuture<>();
                counts.add(count);
                return count;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    private final InstanceTarget target = new InstanceTarget(service, MqttInstance.byId("post-cn-test"));
    private final DeviceCounts deviceCounts = new DeviceCounts(context, () -> target);

    private static List<CertificateRow> rows(int count) {
        return IntStream.range(0, count).mapToObj(i -> new CertificateRow(new CaCertificate("ca-" + i, "sn" + i,
            CertificateStatus.ACTIVE, null, null, null, null, null), new Expiry(Expiry.State.UNKNOWN, 0))).toList();
    }

    @Test
    void rowsOnScreenAreCountedBeforeTheRestAndNeverTwice() {
        List<CertificateRow> rows = rows(10);
        deviceCounts.rowsLoaded(rows);
        assertEquals(List.of("sn0", "sn1"), asked, "two at a time, in list order");

        deviceCounts.shownOnScreen(rows.get(8));
        deviceCounts.shownOnScreen(rows.get(7));
        deviceCounts.shownOnScreen(rows.get(0));
        counts.get(0).complete(3);
        counts.get(1).complete(0);

        assertEquals(List.of("sn0", "sn1", "sn8", "sn7"), asked,
            "the rows on screen come next, and sn0 is not asked again");
        assertEquals(Integer.valueOf(3), rows.get(0).deviceCount().count());
        counts.get(2).complete(1);
        assertEquals(List.of("sn0", "sn1", "sn8", "sn7", "sn2"), asked, "then the rest in list order");
    }
}
