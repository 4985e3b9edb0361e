package io.mqttca.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.Listing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service's default instance-wide device listing: every CA's devices, in CA order, one after the other. */
class InstanceDeviceListingTest {

    @Test
    void theDefaultListsTheDevicesUnderEveryCa() throws Exception {
        InMemoryCertificateService service = InMemoryCertificateService.sample(TestContexts.CLOCK);
        String instance = InMemoryCertificateService.INSTANCE_ID;
        List<CaCertificate> cas = service.listCaCertificates(instance).get().items();
        service.setDeviceCount(cas.get(0).sn(), 2);
        service.setDeviceCount(cas.get(1).sn(), 3);

        Listing<DeviceCertificate> all = service.listInstanceDeviceCertificates(instance).get();

        assertEquals(5, all.size());
        assertTrue(all.complete());
        assertEquals(List.of(cas.get(0).sn(), cas.get(0).sn(), cas.get(1).sn(), cas.get(1).sn(), cas.get(1).sn()),
            all.items().stream().map(DeviceCertificate::caSn).toList());
    }
}
