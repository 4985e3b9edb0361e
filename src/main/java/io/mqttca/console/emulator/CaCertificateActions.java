package io.mqttca.console.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seven CA certificate operations: ListCaCertificate, GetCaCertificate, ActiveCaCertificate,
 * InactivateCaCertificate, RegisterCaCertificate, DeleteCaCertificate and GetRegisterCode, answering with the
 * response shapes of reference §2.1 (Status "1"/"0", ValidBegin/ValidEnd as epoch-millisecond strings).
 */
final class CaCertificateActions {

    private static final int BAD_REQUEST = ApiErrors.BAD_REQUEST;
    private static final int SERVER_ERROR = ApiErrors.SERVER_ERROR;
    private static final int MAX_CA_NAME_CHARS = 1024;

    private final EmulatorStore store;
    private final InstanceAccess access;

    CaCertificateActions(EmulatorStore store, InstanceAccess access) {
        this.store = store;
        this.access = access;
    }

    void addTo(ActionRoutes routes) {
        routes.put("ListCaCertificate", this::list)
            .put("GetCaCertificate", this::get)
            .put("ActiveCaCertificate", call -> setActive(call, true, BAD_REQUEST))
            .put("InactivateCaCertificate", call -> setActive(call, false, SERVER_ERROR))
            .put("RegisterCaCertificate", this::register)
            .put("DeleteCaCertificate", this::delete)
            .put("GetRegisterCode", this::registerCode);
    }

    private Map<String, Object> list(ApiCall call) {
        String instanceId = InstanceAccess.instanceId(call, SERVER_ERROR);
        ParameterRules.Paging paging = ParameterRules.paging(call, SERVER_ERROR);
        InstanceRecord instance = access.certificateInstance(call, instanceId);
        Page<CaCertificateRecord> page = store.listCas(instance.id(), paging.pageNo(), paging.pageSize());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("Total", page.total());
        data.put("PageNo", page.pageNo());
        data.put("PageSize", page.pageSize());
        data.put("CaCertificateVOS", page.items().stream().map(CaCertificateActions::render).toList());
        return Map.of("Data", data);
    }

    private Map<String, Object> get(ApiCall call) {
        String instanceId = InstanceAccess.instanceId(call, BAD_REQUEST);
        String sn = ParameterRules.sn(call, "Sn", BAD_REQUEST);
        InstanceRecord instance = access.certificateInstance(call, instanceId);
        CaCertificateRecord ca = store.findCa(instance.id(), sn).orElseThrow(ApiErrors::findCaBySnError);
        return Map.of("Data", render(ca));
    }

    private Map<String, Object> setActive(ApiCall call, boolean active, int parameterStatus) {
        InstanceAccess.requireWriteAccess(call);
        String instanceId = InstanceAccess.instanceId(call, parameterStatus);
        String sn = ParameterRules.sn(call, "Sn", parameterStatus);
        InstanceRecord instance = access.certificateInstance(call, instanceId);
        if (!store.setCaActive(instance.id(), sn, active)) {
            throw ApiErrors.findCaBySnError();
        }
        return Map.of("Sn", sn);
    }

    private Map<String, Object> register(ApiCall call) {
        InstanceAccess.requireWriteAccess(call);
        String instanceId = InstanceAccess.instanceId(call, BAD_REQUEST);
        String name = ParameterRules.text(call, "CaName", MAX_CA_NAME_CHARS, BAD_REQUEST);
        String caContent = ParameterRules.pem(call, "CaContent", BAD_REQUEST);
        String verificationContent = ParameterRules.pem(call, "VerificationContent", BAD_REQUEST);
        InstanceRecord instance = access.certificateInstance(call, instanceId);
        CaRegistrationCheck.Accepted accepted =
            CaRegistrationCheck.check(caContent, verificationContent, instance.registerCode());
        CaCertificateRecord ca = new CaCertificateRecord(instance.id(), accepted.sn(), name, true, accepted.caPem(),
            accepted.verificationPem(), instance.registerCode(), accepted.validBegin(), accepted.validEnd(),
            call.receivedAt());
        if (!store.insertCaIfAbsent(ca)) {
            throw ApiErrors.parameterFieldCheckFailed(BAD_REQUEST,
                "A CA certificate with Sn " + accepted.sn() + " is already registered on this instance.");
        }
        return Map.of("Sn", accepted.sn());
    }

    private Map<String, Object> delete(ApiCall call) {
        InstanceAccess.requireWriteAccess(call);
        String instanceId = InstanceAccess.instanceId(call, BAD_REQUEST);
        String sn = ParameterRules.sn(call, "Sn", BAD_REQUEST);
        InstanceRecord instance = access.certificateInstance(call, instanceId);
        if (!store.deleteCa(instance.id(), sn)) {
            throw ApiErrors.findCaBySnError();
        }
        return Map.of("Sn", sn);
    }

    private Map<String, Object> registerCode(ApiCall call) {
        String instanceId = InstanceAccess.instanceId(call, SERVER_ERROR);
        InstanceRecord instance = access.certificateInstance(call, instanceId);
        return Map.of("RegisterCode", instance.registerCode());
    }

    /** The eight fields of GetCaCertificate's Data, in the documented order. */
    static Map<String, Object> render(CaCertificateRecord ca) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("RegistrationCode", ca.registrationCode());
        fields.put("CaName", ca.name());
        fields.put("Sn", ca.sn());
        fields.put("CaContent", ca.caPem());
        fields.put("VerificationContent", ca.verificationPem());
        fields.put("ValidBegin", Long.toString(ca.validBegin().toEpochMilli()));
        fields.put("ValidEnd", Long.toString(ca.validEnd().toEpochMilli()));
        fields.put("Status", ca.active() ? "1" : "0");
        return fields;
    }
}
