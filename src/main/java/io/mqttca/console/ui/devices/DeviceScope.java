package io.mqttca.console.ui.devices;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.ui.common.InstanceTarget;
import java.util.Map;
import java.util.Objects;

/**
 * Which device certificates the screen lists: those of one CA, or of the whole instance. Each opening is a new
 * scope, so answers and results of an earlier one are recognised and dropped.
 *
 * @param target the instance and its connection
 * @param ca     the CA whose devices are listed, or null for every device of the instance
 * @param cas    the instance's CAs by Sn as the CA table had them (names for the Issuing CA column, PEMs for the
 *               chain check)
 */
public record DeviceScope(InstanceTarget target, CaCertificate ca, Map<String, CaCertificate> cas) {

    public DeviceScope {
        Objects.requireNonNull(target, "target");
        cas = Map.copyOf(cas);
    }

    /** The devices of {@code ca}. */
    public static DeviceScope ofCa(InstanceTarget target, CaCertificate ca, Map<String, CaCertificate> cas) {
        return new DeviceScope(target, Objects.requireNonNull(ca, "ca"), cas);
    }

    /** Every device of the instance. */
    public static DeviceScope wholeInstance(InstanceTarget target, Map<String, CaCertificate> cas) {
        return new DeviceScope(target, null, cas);
    }

    /** The CA Sn to list by, or null for the whole instance. */
    public String caSn() {
        return ca == null ? null : ca.sn();
    }

    /** The name of the CA with this Sn, or the Sn when the CA table did not know it. */
    public String caName(String caSn) {
        CaCertificate known = cas.get(caSn);
        return known == null || known.name().isBlank() ? caSn : known.name();
    }
}
