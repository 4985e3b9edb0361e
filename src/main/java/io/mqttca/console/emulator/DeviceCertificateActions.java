package io.mqttca.console.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The six device certificate operations: ListDeviceCertificate, ListDeviceCertificateByCaSn,
 * GetDeviceCertificate, ActiveDeviceCertificate, InactivateDeviceCertificate and DeleteDeviceCertificate, with
 * the response shapes of reference §2.2. A device certificate is addressed by instance, CaSn and DeviceSn; one
 * that is not under the given CA is unknown (FindDeviceBySnError).
 */
final class DeviceCertificateActions {

    /** Every device operation documents ParameterFieldCheckFailed as 400 (ListDeviceCertificate: none found). */
    private static final int PARAMETER_STATUS = ApiErrors.BAD_REQUEST;

    private final EmulatorStore store;
    private final InstanceAccess access;

    DeviceCertificateActions(EmulatorStore store, InstanceAccess access) {
        this.store = store;
        this.access = access;
    }

    void addTo(ActionRoutes routes) {
        routes.put("ListDeviceCertificate", this::list)
            .put("ListDeviceCertificateByCaSn", this::listByCa)
            .put("GetDeviceCertificate", this::get)
            .put("ActiveDeviceCertificate", call -> setActive(call, true))
            .put("InactivateDeviceCertificate", call -> setActive(call, false))
            .put("DeleteDeviceCertificate", this::delete);
    }

    private Map<String, Object> list(ApiCall call) {
        String instanceId = InstanceAccess.instanceId(call, PARAMETER_STATUS);
        ParameterRules.Paging paging = ParameterRules.paging(call, PARAMETER_STATUS);
        InstanceRecord instance = access.certificateInstance(call, instanceId);
        return pageBody(store.listDevices(instance.id(), paging.pageNo(), paging.pageSize()));
    }

    private Map<String, Object> listByCa(ApiCall call) {
        String instanceId = InstanceAccess.instanceId(call, PARAMETER_STATUS);
        String caSn = ParameterRules.sn(call, "CaSn", PARAMETER_STATUS);
        ParameterRules.Paging paging = ParameterRules.paging(call, PARAMETER_STATUS);
        InstanceRecord instance = access.certificateInstance(call, instanceId);
        if (store.findCa(instance.id(), caSn).isEmpty()) {
            throw ApiErrors.findCaBySnError();
        }
        return pageBody(store.listDevicesByCa(instance.id(), caSn, paging.pageNo(), paging.pageSize()));
    }

    private Map<String, Object> get(ApiCall call) {
        DeviceAddress address = address(call);
        DeviceCertificateRecord device = store.findDevice(address.instanceId(), address.deviceSn())
            .filter(found -> found.caSn().equals(address.caSn()))
            .orElseThrow(ApiErrors::findDeviceBySnError);
        return Map.of("Data", render(device));
    }

    private Map<String, Object> setActive(ApiCall call, boolean active) {
        InstanceAccess.requireWriteAccess(call);
        DeviceAddress address = address(call);
        if (!store.setDeviceActive(address.instanceId(), address.caSn(), address.deviceSn(), active)) {
            throw ApiErrors.findDeviceBySnError();
        }
        return Map.of("DeviceSn", address.deviceSn());
    }

    private Map<String, Object> delete(ApiCall call) {
        InstanceAccess.requireWriteAccess(call);
        DeviceAddress address = address(call);
        if (!store.deleteDevice(address.instanceId(), address.caSn(), address.deviceSn())) {
            throw ApiErrors.findDeviceBySnError();
        }
        return Map.of("DeviceSn", address.deviceSn());
    }

    private DeviceAddress address(ApiCall call) {
        String instanceId = InstanceAccess.instanceId(call, PARAMETER_STATUS);
        String caSn = ParameterRules.sn(call, "CaSn", PARAMETER_STATUS);
        String deviceSn = ParameterRules.sn(call, "DeviceSn", PARAMETER_STATUS);
        InstanceRecord instance = access.certificateInstance(call, instanceId);
        return new DeviceAddress(instance.id(), caSn, deviceSn);
    }

    private static Map<String, Object> pageBody(Page<DeviceCertificateRecord> page) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("Total", page.total());
        data.put("PageNo", page.pageNo());
        data.put("PageSize", page.pageSize());
        data.put("DeviceCertificateVOS", page.items().stream().map(DeviceCertificateActions::render).toList());
        return Map.of("Data", data);
    }

    /** The seven fields of GetDeviceCertificate's Data, in the documented order. */
    static Map<String, Object> render(DeviceCertificateRecord device) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ValidBegin", Long.toString(device.validBegin().toEpochMilli()));
        fields.put("ValidEnd", Long.toString(device.validEnd().toEpochMilli()));
        fields.put("DeviceSn", device.deviceSn());
        fields.put("DeviceName", device.deviceName());
        fields.put("DeviceContent", device.devicePem());
        fields.put("CaSn", device.caSn());
        fields.put("Status", device.active() ? "1" : "0");
        return fields;
    }

    private record DeviceAddress(String instanceId, String caSn, String deviceSn) {
    }
}
