package io.mqttca.console.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.Listing;
import io.mqttca.console.service.ListingPages;
import io.mqttca.console.service.MqttInstance;
import io.mqttca.console.ui.RecordingDialogService;
import io.mqttca.console.ui.TestContexts;
import io.mqttca.console.ui.TestContexts.RecordingClipboard;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.devices.DeviceFilters.ExpiryFilter;
import io.mqttca.console.ui.devices.DeviceFilters.StatusFilter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The device list streams per scope: a new scope cancels the load in flight; quick filters and actions follow. */
class DeviceListViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final UiContext context = TestContexts.context(dialogs, new RecordingClipboard());
    private final List<String> listedCas = new ArrayList<>();
    private final List<ListingPages<DeviceCertificate>> sinks = new ArrayList<>();
    private final List<CompletableFuture<Listing<DeviceCertificate>>> loads = new ArrayList<>();
    private final CertificateService service = (CertificateService) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {CertificateService.class}, (proxy, method, args) -> {
            if (method.getName().equals("streamDeviceCertificates")) {
                listedCas.add((String) args[1]);
                @SuppressWarnings("unchecked")
                ListingPages<DeviceCertificate> pages = (ListingPages<DeviceCertificate>) args[2];
                sinks.add(pages);
                CompletableFuture<Listing<DeviceCertificate>> load = new CompletableFuture<>();
                loads.add(load);
                return load;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    private final InstanceTarget target = new InstanceTarget(service, MqttInstance.byId("post-cn-test"));
    private final DeviceListViewModel viewModel = new DeviceListViewModel(context);

    private static CaCertificate ca(String name, String sn) {
        return new CaCertificate(name, sn, CertificateStatus.ACTIVE, null, null, null, null, null);
    }

    private DeviceCertificate device(String caSn, int i, boolean active, Duration left) {
        Instant now = context.clock().instant();
        return new DeviceCertificate(String.format("%04x", i), caSn, "device-" + i,
            active ? CertificateStatus.ACTIVE : CertificateStatus.INACTIVE, now.minus(Duration.ofDays(1)),
            now.plus(left), null, "device-" + i);
    }

    @Test
    void openingAnotherCaCancelsTheLoadInFlightAndShowsOnlyItsDevices() {
        CaCertificate first = ca("first", "c1");
        CaCertificate second = ca("second", "c2");
        viewModel.show(DeviceScope.ofCa(target, first, Map.of("c1", first, "c2", second)));
        sinks.get(0).page(List.of(device("c1", 1, true, Duration.ofDays(300))), 1, 1_000);
        assertEquals(1, viewModel.list().rows().size());
        assertTrue(viewModel.titleProperty().get().contains("first"));

        viewModel.show(DeviceScope.ofCa(target, second, Map.of("c1", first, "c2", second)));
        sinks.get(0).page(List.of(device("c1", 2, true, Duration.ofDays(300))), 2, 1_000);
        sinks.get(1).page(List.of(device("c2", 9, true, Duration.ofDays(300))), 1, 1);
        loads.get(1).complete(new Listing<>(List.of(), true, "req-2"));

        assertTrue(loads.get(0).isCancelled());
        assertEquals(List.of("c1", "c2"), listedCas);
        assertEquals(List.of("c2/0009"), viewModel.list().rows().stream().map(DeviceRow::key).toList());
        assertFalse(viewModel.wholeInstanceProperty().get());
    }

    @Test
    void theWholeInstanceListsWithoutACaAndNamesEachRowsIssuer() {
        CaCertificate first = ca("first", "c1");
        viewModel.show(DeviceScope.wholeInstance(target, Map.of("c1", first)));
        sinks.get(0).page(List.of(device("c1", 1, true, Duration.ofDays(300)),
            device("unknown-ca", 2, true, Duration.ofDays(300))), 2, 2);

        assertEquals(java.util.Arrays.asList((String) null), listedCas);
        assertTrue(viewModel.wholeInstanceProperty().get());
        assertEquals(List.of("first", "unknown-ca"), viewModel.list().rows().stream().map(DeviceRow::caName).toList());
    }

    @Test
    void quickFiltersCombineWithTheFilterTextAndActionsFollowTheSelection() {
        CaCertificate first = ca("first", "c1");
        viewModel.show(DeviceScope.ofCa(target, first, Map.of("c1", first)));
        sinks.get(0).page(List.of(device("c1", 1, true, Duration.ofDays(300)),
            device("c1", 2, false, Duration.ofDays(300)), device("c1", 3, true, Duration.ofDays(5)),
            device("c1", 4, true, Duration.ofDays(-5))), 4, 4);
        loads.get(0).complete(new Listing<>(List.of(), true, "req-1"));

        viewModel.statusFilterProperty().set(StatusFilter.ACTIVE);
        assertEquals(3, viewModel.list().filteredRows().size());
        viewModel.expiryFilterProperty().set(ExpiryFilter.EXPIRING);
        assertEquals(List.of("device-3"), names());
        viewModel.expiryFilterProperty().set(ExpiryFilter.EXPIRED);
        assertEquals(List.of("device-4"), names());
        viewModel.statusFilterProperty().set(StatusFilter.ALL);
        viewModel.expiryFilterProperty().set(ExpiryFilter.ALL);
        viewModel.list().filterTextProperty().set("device-2");
        assertEquals(List.of("device-2"), names());

        viewModel.list().filterTextProperty().set("");
        viewModel.warningDaysProperty().set(7);
        viewModel.expiryFilterProperty().set(ExpiryFilter.EXPIRING);
        assertEquals(List.of("device-3"), names(), "5 days left is within 7");
        viewModel.warningDaysProperty().set(3);
        viewModel.expiryFilterProperty().set(ExpiryFilter.VALID);
        assertTrue(names().contains("device-3"), "and outside 3: " + names());
        viewModel.expiryFilterProperty().set(ExpiryFilter.ALL);
        viewModel.list().filterTextProperty().set("device-2");

        DeviceRow inactive = viewModel.list().filteredRows().get(0);
        viewModel.setSelection(List.of(inactive), inactive);
        assertTrue(viewModel.canActivateProperty().get());
        assertFalse(viewModel.canDeactivateProperty().get());
        assertTrue(viewModel.canDeleteProperty().get());
        assertEquals(inactive, viewModel.currentRowProperty().get());
    }

    private List<String> names() {
        return viewModel.list().filteredRows().stream().map(row -> row.certificate().deviceName()).toList();
    }
}
